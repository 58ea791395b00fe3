# Accumulating floats: order-dependent sums, repr of results, math.fsum and round.
import math
xs = [0.1] * 10 + [1e16, -1e16]
print(sum(xs), math.fsum(xs), sum(sorted(xs)))
t = 0.0
for i in range(1, 11):
    t += 1 / i
print(t, repr(t), round(t, 5))
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15, 1.1 * 1.1, 3 * 1.1)
print(sum(1 / 2 ** i for i in range(60)), 2 - sum(1 / 2 ** i for i in range(60)))
