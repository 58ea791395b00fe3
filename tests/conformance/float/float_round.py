# round() on floats: banker's rounding, ndigits, negative ndigits, representation effects.
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375]:
    print(v, round(v), round(v, 2), round(v, 1))
print(round(1234.5678, -2), round(1234.5678, -1), round(-1234.5678, 1), round(1e20, -15))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
try:
    round(float('inf'))
except OverflowError as e:
    print(e)
try:
    round(float('nan'))
except ValueError as e:
    print(e)
print(round(float('inf'), 2))
