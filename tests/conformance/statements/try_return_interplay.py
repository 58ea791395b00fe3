# return/break/continue interacting with try/except/else/finally in loops and functions.
def f(x):
    for i in range(3):
        try:
            if x == i:
                return f'returned at {i}'
            if x == -1:
                break
        except Exception:
            pass
        else:
            if x == 99 and i == 1:
                continue
        finally:
            print('finally', i)
    return 'fell through'
print(f(1))
print(f(-1))
print(f(99))
def g():
    try:
        return 'try'
    except Exception:
        return 'except'
    else:
        return 'else'
print(g())
