# Generator basics: lazy execution, next(), exhaustion, reuse.
def gen():
    print('start')
    yield 1
    print('middle')
    yield 2
    print('end')
g = gen()
print('created')
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print('exhausted')
print(list(g))
print(next(g, 'default'))
