# Tuple packing/unpacking in returns, swaps, loops, and nested structures.
def minmax(xs): return min(xs), max(xs)
lo, hi = minmax([4, 2, 8])
print(lo, hi)
pairs = [(1, 'one'), (2, 'two')]
for num, name in pairs:
    print(num, name)
(a, b), c = (1, 2), 3
print(a, b, c)
print(tuple(x for x in range(3)), type((i for i in [])).__name__)
