# True division of ints produces correctly rounded floats even for big operands.
print(1 / 3, 2 / 3, 10 / 4, 7 / 7, -1 / 3, 10**20 / 3, 2**60 / 3**30)
print((10**30 + 1) / 10**30, 1 / 10**400 if False else 1 / 10**300, 10**309 // 10**300 / 10**9)
print(123456789 / 1000, 1 / 7 * 7 == 1, 49 / 7)
