# Call forms: positional, keyword, *args, **kwargs, mixed and errors.
def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, kw)
print(f(1))
print(f(1, 2, 3, 4))
print(f(a=1, c=5, z=6))
print(f(*[1, 2], *[3], c=0, **{'q': 1}))
for call in (lambda: f(), lambda: f(1, a=2), lambda: f(1, **{'a': 3}), lambda: f(1, c=1, **{'c': 2})):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def g(x, /, y, *, z): return x, y, z
print(g(1, 2, z=3), g(1, y=2, z=3))
for call in (lambda: g(x=1, y=2, z=3), lambda: g(1, 2, 3), lambda: g(1, 2)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
