# float methods: is_integer, as_integer_ratio, hex, conjugate, real/imag.
for v in [1.0, 1.5, -2.25, 0.1, 1e20]:
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex())
print((2.5).conjugate(), (2.5).real, (2.5).imag)
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print(e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print(e)
