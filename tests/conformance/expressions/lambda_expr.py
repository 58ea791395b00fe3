# Lambdas with every parameter kind, defaults, closures.
f = lambda: 'none'
g = lambda a, b=2, *args, c, d=4, **kw: (a, b, args, c, d, kw)
h = lambda a, /, b: (a, b)
print(f(), g(1, c=3), g(1, 5, 6, 7, c=8, e=9))
print(h(1, 2), h(1, b=3))
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
late = [lambda x: x + i for i in range(3)]
print([a(10) for a in late])
print((lambda *a, **k: (a, k))(1, 2, x=3))
print((lambda x: (lambda y: x * y))(3)(4))
print(f.__name__, g.__code__.co_argcount if hasattr(g, '__code__') else '')
