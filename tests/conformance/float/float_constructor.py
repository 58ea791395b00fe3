# float() from strings, ints, special values, and errors.
print(float(), float(1), float('1.5'), float(' -2.5e3 '), float('inf'), float('-Infinity'), float('nan'), float('1_0.5'))
print(float('.5'), float('5.'), float('1e-3'), float(True), float(2**100))
for bad in ['', 'abc', '1.2.3', '1e', 'in f', '1__0']:
    try:
        float(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    float([1])
except TypeError as e:
    print(e)
print(float.fromhex('0x1.8p1'), (1.5).hex(), float.fromhex('-0x1p-1074'))
