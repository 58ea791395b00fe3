# map with several iterables, filter with None, laziness.
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(len, ['a', 'bb'])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(str.isdigit, 'a1b2')))
m = map(lambda x: print('mapping', x) or x, [1, 2])
print('created map')
print(list(m), list(m))
try:
    map(1, [1])
    list(map(1, [1]))
except TypeError as e:
    print(e)
