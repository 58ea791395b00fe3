# Numeric literal edges: leading zeros, large exponents, underscores in floats.
print(0.0, -0.0, 0_1.5 if False else 1.5)
print(1_0e1_0)
print(0b0, 0o0, 0x0)
print(1_0_0)
print(9999999999999999.0, 0.1e-1)
print(int('0b101', 0), int('0o17', 0), int('0x1f', 0), int('1_000', 0))
