# int() from strings in various bases, floats, bools, and errors.
print(int(), int('42'), int(' -17 '), int('+5'), int('1_000'), int(3.99), int(-3.99), int(True))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0), int('z', 36), int('101', 2), int('777', 8))
print(int('0b11', 0), int('0o11', 0), int('11', 0))
print(int(1e20), int(2.5e-3), int('9' * 30))
for bad in ['', ' ', '1.5', 'abc', '0x', '1__0', '_1', '08', '12a']:
    try:
        print(int(bad, 0) if bad == '08' else int(bad))
    except ValueError as e:
        print('ValueError', e)
for args in [('10', 37), ('10', 1), (10, 10)]:
    try:
        int(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class WithInt:
    def __int__(self): return 7
class WithIndex:
    def __index__(self): return 8
print(int(WithInt()), int(WithIndex()))
