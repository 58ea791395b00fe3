# throw(): raise inside the generator at the paused yield; handled or propagated.
def g():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('caught inside', e)
            yield 'recovered'
gen = g()
print(next(gen))
print(gen.throw(ValueError('boom')))
print(next(gen))
try:
    gen.throw(KeyError('k'))
except KeyError as e:
    print('propagated', e)
try:
    next(gen)
except StopIteration:
    print('closed after error')
def fresh(): yield 1
f = fresh()
try:
    f.throw(RuntimeError('before start'))
except RuntimeError as e:
    print('unstarted', e)
