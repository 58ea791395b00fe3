def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
print(f(*[1, 2, 3], **{"c": 8, "z": 1}))
def g(x, /, y):
    return x + y
print(g(1, y=2))
for call in [lambda: f(), lambda: f(1), lambda: g(1, 2, 3), lambda: g(x=1, y=2), lambda: f(1, c=1, a=2), lambda: (lambda: 0)(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
print((lambda *a, **k: (a, k))(1, x=2))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15))
def deco(fn):
    def wrapper(*a, **k):
        return "<" + str(fn(*a, **k)) + ">"
    return wrapper
@deco
def h(x):
    return x * 2
print(h(21), h.__name__)
