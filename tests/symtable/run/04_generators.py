def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("got", x)
    return "end"

g = gen(3)
print(next(g))
print(g.send("hello"))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def deleg():
    r = yield from gen(2)
    print("delegated result", r)
    yield "last"

print(list(deleg()))

def catcher():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught in gen", e)
        yield 3
    finally:
        print("gen finally")

c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
c.close()

def outer():
    yield from catcher()

o = outer()
print(next(o))
print(o.throw(ValueError("via yield from")))
o.close()

def bad():
    yield 1
    raise StopIteration

try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)

print(sum(x * x for x in range(5)))
