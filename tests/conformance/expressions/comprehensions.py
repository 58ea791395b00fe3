# list/set/dict comprehensions and generator expressions, nested and filtered.
print([x * x for x in range(6) if x % 2])
print(sorted({x % 3 for x in range(10)}))
print({k: v for k, v in zip('abc', range(3))})
print(sum(x for x in range(101)))
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print([x for x in range(20) if x % 2 if x % 3])
g = (x + 1 for x in [1, 2, 3])
print(next(g), list(g))
print({x: [y for y in range(x)] for x in range(3)})
x = 'outer'
print([x for x in 'ab'], x)
