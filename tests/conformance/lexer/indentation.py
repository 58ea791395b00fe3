# Indentation with tabs-consistent blocks, nested blocks and dedent to several levels.
def outer():
    for i in range(3):
        if i % 2 == 0:
            if i == 0:
                print('zero')
            else:
                print('even', i)
        else:
            print('odd', i)
    print('done')
outer()
if True:
        print('deep indent ok')
x = [1,
  2,
        3]
print(x)
