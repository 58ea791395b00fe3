# try/except/else/finally combinations and the order they run in.
def f(n):
    try:
        print('try', n)
        if n == 1:
            raise ValueError('v')
        if n == 2:
            raise TypeError('t')
    except ValueError as e:
        print('except ValueError', e)
    except (TypeError, KeyError) as e:
        print('except tuple', type(e).__name__)
    else:
        print('else')
    finally:
        print('finally')
for n in range(3):
    f(n)
try:
    pass
finally:
    print('bare finally')
def g():
    try:
        raise IndexError('i')
    except:
        print('bare except')
g()
