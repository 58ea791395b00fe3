# Rounding behaviour of fixed and exponent formats for halfway cases.
for v in [0.125, 0.375, 2.675, 1.005, 0.5, 1.5, 1234.5, 1e-3]:
    print(v, f'{v:.2f}', f'{v:.1f}', f'{v:.0f}', f'{v:.2e}', f'{v:.3g}')
for n in [5, 15, 25, 35, 125]:
    print(n, f'{n / 10:.0f}', f'{n / 100:.1f}')
