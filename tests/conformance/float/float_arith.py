# float arithmetic, floor division, modulo with negatives, inf/nan propagation.
print(0.1 * 3, 1.1 + 2.2, 3.0 - 2.9, 2.0 ** 0.5, 10.0 / 3)
print(7.0 // 2, -7.0 // 2, 7.0 % -2, -7.5 % 2, 5.5 % 2.5, -0.0 % 1)
inf = float('inf'); nan = float('nan')
print(inf + 1, inf - inf, inf * 0, 1 / inf, -inf < 0, nan > 0, nan < 0, nan == nan)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(1e308 * 10, -1e308 * 10, 2.0 ** 1023)
print(abs(-2.5), -(-0.0), 0.0 == -0.0)
