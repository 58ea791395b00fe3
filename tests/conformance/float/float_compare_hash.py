# Float comparisons with ints, hash of floats, nan identity in containers.
print(0.1 + 0.2 > 0.3, 1.0 == 1, 2**64 == 2.0**64, 2**64 + 1 == 2.0**64)
print(hash(1.5), hash(0.5), hash(-0.0), hash(2.0), hash(float('inf')), hash(-float('inf')))
print(hash(1e300) == hash(int(1e300)))
nan = float('nan')
print(nan in [nan], [nan] == [nan], [float('nan')] == [float('nan')])
print(sorted([3.5, -1.0, 2, 0.0, -0.0]))
