# yield as an expression in various positions and yield with no value.
def g():
    x = yield
    print('x', x)
    y = (yield 1) + 10
    print('y', y)
    print('arg', (yield 2))
    yield
gen = g()
print(next(gen))
print(gen.send('sx'))
print(gen.send(5))
print(gen.send('arg'))
