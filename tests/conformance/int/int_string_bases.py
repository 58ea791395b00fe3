# Conversions between ints and strings in bases 2..36 and formatting round trips.
import string
digits = string.digits + string.ascii_lowercase
def to_base(n, b):
    if n == 0:
        return '0'
    s = ''
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        s = digits[r] + s
    return '-' * neg + s
for b in [2, 3, 7, 16, 36]:
    for n in [0, 35, -255, 10**12]:
        s = to_base(n, b)
        print(b, n, s, int(s, b) == n)
print(int('Zz', 36), int('-0b1010', 0), int('  0o777  ', 0), int('+0x_ff', 16))
