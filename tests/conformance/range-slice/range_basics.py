# range: len, indexing, slicing, containment, reversed, equality, repr.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 8 in r, 9 in r, r.index(11), r.count(5))
print(range(5), range(0), list(range(10, 0, -2)), list(range(-3)), range(0, 10)[::2])
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 10, 2) == range(1, 11, 2))
print(r.start, r.stop, r.step, list(reversed(range(5))), bool(range(0)), hash(range(3)) == hash(range(0, 3)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    r[100]
except IndexError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    r.index(9)
except ValueError as e:
    print(e)
