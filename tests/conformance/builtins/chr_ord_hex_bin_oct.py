# chr, ord, hex, bin, oct and their errors.
print(chr(97), chr(0x263A), ord('a'), ord('\n'), ord('☺'))
print(hex(255), hex(-1), bin(5), bin(-5), oct(8), oct(-8), hex(0), bin(0))
for bad in [lambda: hex(1.5), lambda: ord(''), lambda: chr('a'), lambda: bin('1'), lambda: ord(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
