# A function containing yield returns a generator; return value in StopIteration.
def g():
    yield 1
    yield 2
    return 'ret'
gen = g()
print(type(gen).__name__)
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration as e:
    print('StopIteration', e.value)
print(list(g()))
def empty():
    return
    yield
print(list(empty()))
