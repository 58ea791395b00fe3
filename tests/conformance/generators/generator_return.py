# return inside a generator ends it; StopIteration raised inside becomes RuntimeError.
def g():
    yield 1
    return 'done'
    yield 2
print(list(g()))
def bad():
    yield 1
    raise StopIteration('oops')
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def gen_next_leak():
    it = iter([])
    yield next(it)
try:
    list(gen_next_leak())
except RuntimeError as e:
    print(e)
