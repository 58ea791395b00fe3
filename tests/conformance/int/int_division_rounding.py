# Floor division and modulo sign rules, true division of big ints, round() of ints.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (1, 3)]:
    print(a, b, a // b, a % b, a / b, divmod(a, b))
print(10**30 / 10**10, (10**400) // (10**399), 2**1000 / 2**999)
try:
    print(10**400 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
print(round(12345, -2), round(12355, -1), round(-15, -1), round(25, -1), round(5), type(round(5)).__name__)
print(1 / 3 * 3 == 1, 7 // 1, -0 // 1)
