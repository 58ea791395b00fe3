# Exception context is preserved across yield in a generator handler.
def g():
    try:
        raise KeyError('in gen')
    except KeyError:
        yield 'paused in handler'
        raise ValueError('after resume')
gen = g()
print(next(gen))
try:
    next(gen)
except ValueError as e:
    print(e, repr(e.__context__))
