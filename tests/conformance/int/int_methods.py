# int methods: bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio, conjugate, is_integer-like.
for n in [0, 1, 255, 256, -1, -256, 2**64]:
    print(n, n.bit_length(), n.bit_count())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\xff\xff', 'little', signed=True), int.from_bytes([1, 2], 'big'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
print((10).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(int.__name__, (7).__index__())
