# str/repr/format of ints, hex/oct/bin including negatives and large values.
for n in [0, 7, -7, 255, -255, 2**70, -(2**70)]:
    print(str(n), repr(n), hex(n), oct(n), bin(n))
print(format(1234567, ','), format(1234567, '_'), format(255, 'x'), format(255, '#X'), format(-42, '+d'))
print(str(10**100))
