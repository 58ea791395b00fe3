# A temperature conversion table with formatting and a generator.
def table(lo, hi, step):
    c = lo
    while c <= hi:
        yield c, c * 9 / 5 + 32, c + 273.15
        c += step
print(f"{'C':>6} {'F':>7} {'K':>8}")
for c, f, k in table(-40, 100, 20):
    print(f'{c:>6} {f:>7.1f} {k:>8.2f}')
