# Shortest round-trip repr of floats, including exponents and special values.
vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 1.5e-5, 1e-4, 0.0001, 123456789.0, 1e22, 1e23,
        5e-324, 1.7976931348623157e308, 2.5, -0.0, 100.0, 1e100, 3.141592653589793, 0.5e-6, 9007199254740993.0]
for v in vals:
    print(repr(v), str(v))
print(float('inf'), float('-inf'), float('nan'), -float('nan'))
print(repr(1e16), 1e16 == 10**16, 12345678901234567890.0)
