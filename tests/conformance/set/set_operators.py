# Set algebra with operators and methods, subset/superset, disjoint.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9], (8,))), sorted(a.intersection(range(3))), sorted(a.difference([1])), sorted(a.symmetric_difference([4, 10])))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
try:
    a | [1]
except TypeError as e:
    print(e)
print({1, 2} == {2, 1}, {1} == frozenset({1}))
