# Tuple conversions, count/index with start/stop, tuple from generator, nesting and equality.
t = tuple(x * x for x in range(6))
print(t, t.index(9), t.index(16, 2, 5), t.count(0), tuple(reversed(t)), t + (), t * 0)
print(tuple({'a': 1, 'b': 2}), tuple('hi'), (1, (2, 3)) == (1, (2, 3)), (1, 2) == [1, 2])
try:
    t.index(16, 0, 3)
except ValueError as e:
    print(e)
