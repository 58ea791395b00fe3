# Edge cases of pow/** with ints: negative exponents give floats, modular pow, 0**0.
print(2 ** -2, (-2) ** -3, 0 ** 0, 1 ** -1, (-1) ** 101)
print(pow(2, 10), pow(2, 10, 1000), pow(-3, 3, 7), pow(3, -1, 11))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
print(10 ** 20, 2 ** 0.5, (-8) ** (1 / 3) == complex(-8) ** (1 / 3))
