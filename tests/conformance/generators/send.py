# send(): first send must be None, values flow in through yield expressions.
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
g = acc()
print(g.send(None))
print(g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print('returned', e.value)
g2 = acc()
try:
    g2.send(1)
except TypeError as e:
    print(e)
def echo():
    r = None
    while True:
        r = yield r
e = echo(); next(e)
print([e.send(i) for i in 'abc'])
