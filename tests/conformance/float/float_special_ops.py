# inf and nan in min/max/sorted/sum, comparisons and integer conversions.
inf, nan = float('inf'), float('nan')
print(max(1, inf), min(-inf, 0), sum([inf, -inf]), sum([1e308, 1e308]), inf == inf, inf > 10**400)
print(sorted([3.0, -inf, inf, 0.5]), inf * -1, -inf ** 2 if False else (-inf) ** 2, inf ** 0, nan ** 0, 1 ** nan)
print(float('infinity'), float('-iNF'), float('nan') != float('nan'), str(-nan))
for f in [lambda: int(inf), lambda: int(nan), lambda: inf // 1, lambda: divmod(inf, 1)]:
    try:
        print(f())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
