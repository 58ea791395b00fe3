# An exception inside a generator propagates to the consumer and finishes the generator.
def g():
    yield 1
    raise ValueError('inside gen')
    yield 2
gen = g()
print(next(gen))
try:
    next(gen)
except ValueError as e:
    print('consumer caught', e)
print(next(gen, 'finished'))
