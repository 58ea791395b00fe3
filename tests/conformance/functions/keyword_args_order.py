# Keyword argument evaluation order and dict ordering of **kwargs.
order = []
def v(x): order.append(x); return x
def f(*a, **k): return a, k
print(f(v(1), v(2), z=v(3), a=v(4)))
print(order)
print(f(**{'b': 1, 'a': 2}, c=3))
print(f(*(v(i) for i in range(3))))
