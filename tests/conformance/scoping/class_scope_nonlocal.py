# A class body sees enclosing function locals, and a class attribute with the same name.
def f():
    x = 'fn'
    class A:
        print('in body x =', x)
    class B:
        try:
            print(x)
        except NameError as e:
            print('NameError', e)
        x = 'cls'
        print('in body after assign x =', x)
    return B.x, x
print(f())
def g():
    y = 1
    class B:
        nonlocal y
        y = 2
    return y
print(g())
