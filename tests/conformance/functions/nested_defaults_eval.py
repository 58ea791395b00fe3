# Default values and decorators evaluated at definition time, in order.
def log(x):
    print('eval', getattr(x, '__name__', x))
    return x
def f(a=log(1), *, b=log(2)):
    return a, b
print(f())
@log
def g(): pass
print('defined g')
