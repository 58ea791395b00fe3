# Big int shifts, bitwise ops, str conversion of moderate sizes and int('...') roundtrip.
x = 3**500
print(len(str(x)), str(x)[:20], str(x)[-20:])
print(int(str(x)) == x, x >> 700, (x >> 600) & 0xFFFF, (x << 5) % 1000003)
print(-x >> 790, (-x) & 0xFF, (-x) | 0xF, x ^ (x >> 1) > 0)
import math
print(math.isqrt(x) ** 2 <= x < (math.isqrt(x) + 1) ** 2, math.gcd(x, 3**10 * 2))
print(hex(2**128 - 1))
