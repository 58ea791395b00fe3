f0 = lambda: 0
f1 = lambda x: x
f2 = lambda x, y=1: x + y
f3 = lambda *args: args
f4 = lambda **kw: kw
f5 = lambda a, /, b, *, c: (a, b, c)
f6 = lambda a, /: a
f7 = lambda a=1, /, b=2, *c, d, e=5, **f: 0
f8 = lambda *, k: k
f9 = lambda x: lambda y: x + y
f10 = lambda a, b,: a
sorted(xs, key=lambda p: (p.last, p.first))
