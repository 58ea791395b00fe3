def gen():
    x = yield 1
    print("got", x)
    y = yield x * 2
    return y
g = gen()
print(next(g), g.send(5))
try:
    g.send("end")
except StopIteration as e:
    print("stop", e.value)
def inner():
    yield 1
    yield 2
    return "inner-done"
def outer():
    r = yield from inner()
    yield r
print(list(outer()))
def squares(n):
    for i in range(n):
        yield i * i
print(sum(squares(10)), list(squares(4)), [x for x in squares(5) if x % 2])
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closed")
c = closing()
print(next(c))
c.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "handled " + str(e)
t = thrower()
next(t)
print(t.throw(ValueError("boom")))
print(list(zip("ab", range(5))), list(enumerate("xy", 1)), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
print(list(reversed([1, 2, 3])), dict(zip("ab", [1, 2])))
ge = (i for i in range(3))
print(type(ge).__name__, list(ge), list(ge))
def running():
    yield g2.gi_running
g2 = running()
print(next(g2))
