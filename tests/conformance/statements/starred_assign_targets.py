# Starred assignment in for targets and nested unpacking.
for a, *b in [(1, 2, 3), (4,), 'xyz']:
    print(a, b)
[(x, y), *z] = [(1, 2), 3, 4]
print(x, y, z)
a, (b, *c), d = 1, [2, 3, 4], 5
print(a, b, c, d)
*a, = 'hey'
print(a)
