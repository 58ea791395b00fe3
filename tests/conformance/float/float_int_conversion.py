# Conversions between float and int, precision limits and truncation.
print(int(1e16), int(1.9999999999999999), int(-0.9), float(2**53 + 1), float(10**16 + 1))
print(int(123.999), round(123.999), 2**63 / 1, float(-(2**63)))
print((0.1).as_integer_ratio(), 0.1 == 3602879701896397 / 36028797018963968)
print(1e300 * 1e10 == float('inf'), 10**300 * 1.0)
