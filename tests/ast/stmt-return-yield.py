def r0():
    return
def r1():
    return 1
def r2():
    return 1, 2
def r3():
    return *a, b
def g0():
    yield
def g1():
    yield 1
def g2():
    yield 1, 2
def g3():
    x = yield
    y = yield x
    z = yield from range(3)
    await_like = (yield)
    yield from g1()
def g4():
    data = yield from other()
    return data
