# int comparisons with floats and bools, hash of ints including negatives and big values.
print(1 < 1.5 < 2, 2**53 + 1 > 2**53, 10**20 == 1e20, 10**20 + 1 == 1e20)
print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print(hash(10**20) == hash(float(10**20)), hash(True))
print(sorted([3, -1, 2.5, True, 0]))
print(max(1, 2.0), min(-0.0, 0), max(0, -0.0))
