# Lambdas closing over loop variables, default-argument capture, and nested lambdas.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
def outer(n):
    return lambda: (lambda: n * 2)()
print(outer(21)())
