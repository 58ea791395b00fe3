# Key types: ints, floats equal to ints, tuples, frozensets, None; unhashable key errors.
d = {1: 'int', 2.0: 'float', (1, 2): 'tuple', frozenset([1]): 'fs', None: 'none', 'k': 'str'}
print(d[1.0], d[2], d[(1, 2)], d[frozenset({1})], d[None])
try:
    d[[1]] = 1
except TypeError as e:
    print(e)
try:
    {{}: 1}
except TypeError as e:
    print(e)
try:
    print(d['missing'])
except KeyError as e:
    print('KeyError', e, repr(e))
print(d.get([1]) if False else 'skip')
