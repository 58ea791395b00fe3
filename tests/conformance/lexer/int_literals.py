# Integer literal forms: decimal, hex, octal, binary, underscores, big values.
print(0, 00, 0_0)
print(1_000_000, 0x_ff, 0o_17, 0b_1010)
print(0xDEADbeef, 0O777, 0B1111)
print(123456789012345678901234567890)
print(-0x80000000, 0x7fffffff + 1)
print(2**100)
print(type(10**30).__name__)
print(0xffffffffffffffffffffffff)
