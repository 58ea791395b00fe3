# Bitwise ops on big negative ints follow infinite two's complement.
a = -(2**70) + 12345
b = 2**65 + 7
print(a & b, a | b, a ^ b, ~a, a >> 3, a << 3, a & -1 == a, (-1) & (2**80 - 1) == 2**80 - 1)
print(bin(a & 0xFFFF), hex(-1 & 0xFFFFFFFF), (-(2**64)) >> 64, (-(2**64) - 1) >> 64)
