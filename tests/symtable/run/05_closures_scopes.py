def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc

c = counter()
c()
c(5)
print(c())

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]

print([f(10) for f in make_adders()])

def late_binding():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]

print(late_binding())

x = "global"
def shadow():
    x = "local"
    def inner():
        return x
    return inner()
print(shadow())

def use_global():
    global x
    x = "changed"
use_global()
print(x)

class K:
    v = 1
    w = [v * 2 for _ in range(2)] if False else 5
    def m(self):
        return K.v

print(K().m(), K.w)

def walrus():
    data = [1, 2, 3, 4]
    ys = [y for v in data if (y := v * 2) > 4]
    return ys, y

print(walrus())

def param_cell(a, b):
    def g():
        return a + b
    a = a * 10
    return g()

print(param_cell(1, 2))
