# yield from: delegation, return value, send/throw passthrough.
def inner():
    x = yield 'i1'
    print('inner got', x)
    y = yield 'i2'
    print('inner got', y)
    return 'inner-result'
def outer():
    r = yield from inner()
    print('outer got result', r)
    yield 'o1'
g = outer()
print(next(g))
print(g.send('A'))
print(g.send('B'))
def flat(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flat(x)
        else:
            yield x
print(list(flat([1, [2, [3, [4]], 5], [[6]]])))
def sub():
    try:
        yield 1
    except ValueError:
        yield 'sub handled'
def deleg():
    yield from sub()
d = deleg(); next(d)
print(d.throw(ValueError))
def from_iter():
    yield from range(3)
    yield from 'ab'
print(list(from_iter()))
