# Generator expressions: outermost iterable from enclosing scope, class-body gotcha.
def f():
    x = 10
    return list(y + x for y in range(3))
print(f())
class C:
    base = [1, 2]
    res = list(v * 2 for v in base)
print(C.res)
