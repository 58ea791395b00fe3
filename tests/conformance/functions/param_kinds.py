# Positional-only, positional-or-keyword, *args, keyword-only, **kwargs together.
def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return a, b, c, d, args, e, f, kw
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5, g=7))
print(f(1, 2, 3, 4, 5, 6, e=0, f=1, b=9))
def only_kw(*, x): return x
print(only_kw(x=1))
def only_pos(x, /): return x
print(only_pos(5))
for call in (lambda: only_kw(1), lambda: only_pos(x=1), lambda: f(1, 2, 3), lambda: f(1, e=1)):
    try:
        call()
    except TypeError as e:
        print(e)
