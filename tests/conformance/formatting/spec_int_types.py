# Integer presentation types: b, c, d, o, x, X, n, with # alternate forms and grouping.
for v in [0, 10, 255, -255, 65]:
    print(format(v, 'b'), format(v, '#b'), format(v, 'o'), format(v, '#o'), format(v, 'x'), format(v, '#x'), format(v, 'X'), format(v, '#X'), format(v, 'd'), format(v, 'n'))
print(format(65, 'c'), format(0x1F600, 'c'))
print(format(1234567890, ','), format(1234567890, '_'), format(0xFFFFFFFF, '_x'), format(255, '#010b'), format(-255, '#010x'))
print(format(10**20, ',d'), format(12, '08,d'), format(1234, '>10,'))
print(format(3, 'f'), format(3, 'e'), format(3, '%'), format(3, 'g'))
