# math integer functions with big values.
import math
print(math.factorial(100) % (10**9 + 7), math.isqrt(10**40), math.gcd(2**100, 6**50), math.lcm(*range(1, 21)))
print(math.comb(100, 50), math.perm(10), math.floor(10**20 + 0.5), math.ceil(-10**20))
print(math.gcd(), math.gcd(-12, 18), math.lcm(), math.prod([]), math.prod(range(1, 11), start=2))
