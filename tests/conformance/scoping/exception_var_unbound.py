# The except target is unbound at the end of the except clause.
e = 'before'
try:
    1 / 0
except ZeroDivisionError as e:
    print('inside', e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def f():
    try:
        raise ValueError('x')
    except ValueError as exc:
        pass
    return 'exc' in locals()
print(f())
