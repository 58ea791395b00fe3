# Bound methods: __self__, __func__, equality, calling through the class.
class A:
    def m(self, x): return ('m', x)
a = A()
bm = a.m
print(bm(1), A.m(a, 2), bm.__self__ is a, bm.__func__ is A.m)
print(a.m == a.m, a.m is a.m, A().m == a.m)
f = a.m
del a
print(f(3))
class B:
    def __init__(self): self.calls = 0
    def tick(self): self.calls += 1; return self.calls
b = B()
t = b.tick
t(); t()
print(b.calls)
print(type(bm).__name__)
