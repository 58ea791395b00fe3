# iter() and next() on sequences, dicts, files-like, callable+sentinel, and defaults.
it = iter([1, 2])
print(next(it), next(it), next(it, None))
d = iter({'a': 1, 'b': 2})
print(list(d))
s = iter('xy')
print(next(s), list(s))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    iter(tick, 1, 2)
except TypeError as e:
    print(e)
print(iter(it) is it)
