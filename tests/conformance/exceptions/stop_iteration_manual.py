# StopIteration raised by next() on exhausted iterators, and default values.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args, e.value)
print(next(it, 'dflt'))
try:
    next([1])
except TypeError as e:
    print(e)
