# math domain and range errors, and special values.
import math
for f, a in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.acos, 2), (math.factorial, -1), (math.factorial, 2.5), (math.exp, 1000), (math.pow, (0, -1)), (math.comb, (3, -1))]:
    try:
        print(f(*a) if isinstance(a, tuple) else f(a))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
print(math.isnan(math.nan), math.isinf(math.inf), math.copysign(0.0, -1), math.sqrt(math.inf), math.exp(-1000))
print(math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9), math.ulp(1.0), math.nextafter(1.0, 2.0))
