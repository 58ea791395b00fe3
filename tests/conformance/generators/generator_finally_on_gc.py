# Closing a suspended generator runs finally; generator in for loop broken early and closed.
def g():
    try:
        for i in range(10):
            yield i
    finally:
        print('finally ran')
gen = g()
for x in gen:
    if x == 2:
        break
print('broke')
gen.close()
print('after close')
