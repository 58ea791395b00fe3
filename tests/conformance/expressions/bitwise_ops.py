# Bitwise operators on ints including negatives and big ints.
print(12 & 10, 12 | 10, 12 ^ 10, ~12, 1 << 10, 1024 >> 3)
print(-12 & 10, -12 | 10, -12 ^ 10, -1 >> 5, -16 >> 2)
print(1 << 100, (1 << 100) >> 99, (2**70 - 1) & 0xFF)
print(True & False, True | False, True ^ True, type(True & True).__name__)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
