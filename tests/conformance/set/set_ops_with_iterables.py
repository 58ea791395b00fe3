# Set methods accept any iterable, operators require sets; in-place operators.
s = {1, 2, 3}
print(sorted(s.union(range(5))), sorted(s.intersection('123', [1, 2])), s.issubset([1, 2, 3, 4]), s.isdisjoint((7, 8)))
t = set(s)
t |= {9}; t &= {1, 9, 2}; t -= {2}; t ^= {5}
print(sorted(t))
try:
    s |= [4]
except TypeError as e:
    print(e)
print(set() == frozenset(), {1, 2} - {2} == {1}, sorted({1, 2} | frozenset({3})))
