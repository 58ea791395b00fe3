# Ranges with negative steps: len, indexing, slicing, membership, reversed.
r = range(10, -10, -3)
print(list(r), len(r), r[2], r[-1], r[1:4], list(r[::-2]), 1 in r, 2 in r, list(reversed(r)))
print(len(range(0, -5)), list(range(5, 0, -1)), range(5, 0, -1)[::-1], range(-5, 5, 2).index(1))
print(range(1, 10)[-3:], range(1, 10)[100:], range(0, 100, 10)[3:7:2])
