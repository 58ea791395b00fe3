# Floats with math functions: floor/ceil/trunc return ints, fsum accuracy, isclose.
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5))
print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.0001, rel_tol=1e-3))
print(math.isnan(float('nan')), math.isinf(-float('inf')), math.isfinite(1e308))
print(math.copysign(1, -0.0), math.fabs(-3), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.75))
