# *args is a tuple, **kwargs a dict preserving order; passing them on.
def f(*args, **kwargs):
    return type(args).__name__, args, type(kwargs).__name__, kwargs
print(f())
print(f(1, 2, b=1, a=2))
def wrapper(*a, **k):
    return f(*a, **k)
print(wrapper(3, x=4))
def g(first, *rest): return first, rest
print(g(1), g(1, 2, 3))
def h(**kw): return list(kw)
print(h(z=1, y=2, x=3))
