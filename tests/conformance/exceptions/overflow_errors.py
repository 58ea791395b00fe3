# OverflowError for float conversions and huge ranges.
for f in [lambda: float(10**400), lambda: 2.0 ** 10000, lambda: int(float('inf')), lambda: int(float('nan')),
          lambda: 'x' * (2**63), lambda: range(2**64)[0:1], lambda: len(range(2**64)), lambda: round(1e308, -400)]:
    try:
        r = f()
        print('ok', r)
    except (OverflowError, ValueError, MemoryError) as e:
        print(type(e).__name__, e)
import math
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
