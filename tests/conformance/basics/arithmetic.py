# Integer and float arithmetic: big ints, floor division and modulo of negatives, float repr.
print(2 ** 100)
print(7 // 2, -7 // 2, 7 % 3, -7 % 3)
print(1 / 3, 0.1 + 0.2, 10 / 4)
print(divmod(17, 5), abs(-4), max(3, 9, 1))
