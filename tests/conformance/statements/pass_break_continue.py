# pass in various places; break/continue inside try/finally.
def f():
    pass
class C:
    pass
print(f(), C.__name__)
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    finally:
        print('finally', i)
