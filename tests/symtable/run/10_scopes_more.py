def outer():
    x = 1
    class C:
        x = 2
        def m(self):
            return x
        y = x
    return C().m(), C.y

print(outer())

def classfree():
    v = "outer v"
    class D:
        def get(self):
            return v
        w = v
    return D().get(), D.w

print(classfree())

def comp_closure(n):
    fs = [(lambda: n * k) for k in range(3)]
    return [f() for f in fs]

print(comp_closure(2))

def nested_comp():
    m = [[1, 2], [3, 4]]
    return [x * 10 for row in m for x in row if x % 2 == 0]

print(nested_comp())

def dict_set_comp():
    d = {k: k * k for k in range(4)}
    return d, sorted({x % 3 for x in range(10)})

print(dict_set_comp())

counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump()
bump()
print(counter)

def deleter():
    a = 1
    del a
    try:
        print(a)
    except UnboundLocalError:
        print("a is unbound")

deleter()

def chain(x):
    calls = []
    def v(n):
        calls.append(n)
        return n
    r = v(1) < v(x) < v(3)
    return r, calls

print(chain(2), chain(5))

def kwonly(*, a, b=2):
    return a + b

print(kwonly(a=1), kwonly(b=5, a=1))

def fmt(x, w):
    return f"[{x:>{w}}] [{x!r}] [{'%s' % x}]"

print(fmt("ab", 4))

def decorator_with_args(tag):
    def deco(fn):
        def wrapped(*a):
            return tag + ":" + str(fn(*a))
        return wrapped
    return deco

@decorator_with_args("T")
def sq(v):
    return v * v

print(sq(7))

def gen_exp_filter():
    return list(i * 2 for i in range(6) if i % 3)

print(gen_exp_filter())

def star_assign():
    a, *b = [1]
    [c, d], e = "xy", 3
    return a, b, c, d, e

print(star_assign())

def aug_everything():
    lst = [1, 2, 3]
    lst[1:] += [9]
    d = {"a": [1]}
    d["a"] += [2]
    s = "x"
    s *= 3
    n = 7
    n //= 2
    n **= 2
    n %= 5
    return lst, d, s, n

print(aug_everything())
