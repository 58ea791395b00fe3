# sorted and reversed on various iterables; reversed on non-sequences fails.
print(sorted([3, 1, 2]), sorted('cab'), sorted((3, 1)), sorted({'b': 1, 'a': 2}), sorted(range(5), reverse=True))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
print(sorted([('a', 2), ('b', 1)], key=lambda p: p[1]))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    reversed(x for x in [1])
except TypeError as e:
    print(e)
try:
    sorted([1, 2], key=lambda x: x, cmp=None)
except TypeError as e:
    print(e)
