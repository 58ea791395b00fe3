import fractions, decimal, math
print(fractions.Fraction(1, 3) + fractions.Fraction(1, 6), decimal.Decimal("0.1") * 3, math.isclose(0.1 + 0.2, 0.3), 1 + 2j, abs(3 + 4j), divmod(-7, 2), round(2.675, 2), 10 ** -2, 7 // -2)
