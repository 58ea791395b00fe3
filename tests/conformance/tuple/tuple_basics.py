# Tuple creation, indexing, slicing, count/index, immutability, hashing.
t = (1, 'a', 2.5, None, (1, 2))
print(t, t[1], t[-1][0], t[1:3], t[::-1], len(t), t.count(1), t.index('a'))
print(tuple(), tuple('ab'), tuple([1, 2]), tuple(range(3)), (1,) * 3, (1, 2) + (3,))
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t.index('zz')
except ValueError as e:
    print(e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'ok'}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
