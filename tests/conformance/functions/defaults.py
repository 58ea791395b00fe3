# Default arguments: evaluated once, mutable default pitfall, None sentinel.
def f(a, b=[]):
    b.append(a)
    return b
print(f(1), f(2), f(3, []))
def g(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(g(1), g(2))
x = 5
def h(v=x):
    return v
x = 6
print(h())
print(f.__defaults__ is not None, h.__defaults__)
def k(a, b=1, *, c, d=2): pass
print(k.__kwdefaults__)
