# slice objects: attributes, indices(), use with lists and strings, repr, equality.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print([0, 1, 2, 3, 4, 5][s], 'abcdefgh'[slice(2, -1)], slice(5))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(e)
try:
    hash(slice(1, 2))
    print('hashable')
except TypeError as e:
    print(e)
