# math constants and basic functions.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.pow(2, 10), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10))
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.fabs(-5), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3))
print(math.factorial(20), math.gcd(48, 18), math.gcd(0, 5), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.isqrt(99))
print(math.hypot(3, 4), math.dist((0, 0), (3, 4)), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
