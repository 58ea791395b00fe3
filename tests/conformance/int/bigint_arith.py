# Arbitrary-precision int arithmetic: add, mul, pow, floordiv, mod with large and negative values.
a = 2**200 + 12345
b = -(3**100)
print(a + b, a - b, a * b)
print(a // 7, a % 7, b // 7, b % 7, b // -7, b % -7)
print(divmod(a, b), divmod(b, a))
print(pow(3, 200), pow(-2, 101))
print(pow(3, 200, 1000007), pow(2, -1, 7), pow(38, -1, 97))
print(10**50 // 10**25, (10**50 + 1) % 10**25)
print(abs(b) == -b, -a < b)
import math
print(math.factorial(50))
