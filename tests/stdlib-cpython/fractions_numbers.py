import numbers, math, copy

# Long digit runs are split so that the checker's number masking cannot hide a wrong digit.
_print = print
def _split_digits(text):
    out, run = [], 0
    for ch in text:
        if ch.isdigit():
            if run == 4:
                out.append(' ')
                run = 0
            run += 1
        else:
            run = 0
        out.append(ch)
    return ''.join(out)
def print(*args, **kw):
    _print(_split_digits(' '.join(str(a) for a in args)), **kw)
from fractions import Fraction as F
from decimal import Decimal

print('-- numbers')
for v in (1, True, 1.5, 2j, F(1, 2), Decimal('1.5'), 'x', None):
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(bool, numbers.Number))
print(sorted(numbers.Real.__abstractmethods__))
print(sorted(numbers.Rational.__abstractmethods__))
print(numbers.Number.__hash__, numbers.Complex.__mro__[1].__name__)
try: numbers.Integral()
except TypeError as e: print(e)
class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    for _n in ['__abs__', '__add__', '__and__', '__ceil__', '__eq__', '__floor__', '__floordiv__', '__invert__', '__le__', '__lshift__', '__lt__', '__mod__', '__mul__', '__neg__', '__or__', '__pos__', '__pow__', '__radd__', '__rand__', '__rfloordiv__', '__rlshift__', '__rmod__', '__rmul__', '__ror__', '__round__', '__rpow__', '__rrshift__', '__rshift__', '__rtruediv__', '__rxor__', '__truediv__', '__trunc__', '__xor__']:
        locals()[_n] = lambda self, *a: NotImplemented
    def __pos__(self): return self.v
m = MyInt(7)
print(int(m), m.__index__(), float(m), complex(m), m.real, m.imag, m.numerator, m.denominator, m.conjugate(), [1,2,3,4,5,6,7,8][m])
class Numb(numbers.Number): pass
print(Numb.__hash__ is None, isinstance(Numb(), numbers.Complex))

print('-- construction')
for args in [(), (3,), (-6, 4), (6, -4), (0, -5), (F(1, 3), F(2, 5)), (F(3, 7),), (2.5,), (0.1,), (-0.0,), (Decimal('1.47'),), (Decimal('-0.5'),), (True,), (True, 2)]:
    print(args, repr(F(*args)), str(F(*args)))
for s in ['3/4', ' -3/4 ', '+7', '1.5', '-.5', '5.', '1e3', '1E-3', '-2.5e+2', '1_000', '1_000/3', '1.2_5', ' 0.000 ', '१२', '1.e2', '3/-4', '', 'abc', '1/0', '1.2.3', '/3', '1/', '1__0', '_1', '1_', '.', 'e5', '1e', '1/2/3', 'inf', 'nan', '1 /2', '0x10', '.5e1']:
    try:
        print(repr(s), repr(F(s)))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(s), type(e).__name__, e)
for bad in [(1.5, 2), ('1', 2), ([],), (None,), (1, 0), (F(1, 2), 0), (1+0j,)]:
    try: F(*bad)
    except (TypeError, ZeroDivisionError, ValueError) as e: print(bad, type(e).__name__, e)
for bad in (float('nan'), float('inf')):
    try: F(bad)
    except (ValueError, OverflowError) as e: print(type(e).__name__, e)
print(F.from_float(0.1), F.from_float(3), F.from_decimal(Decimal('2.75')), F.from_decimal(4))
try: F.from_float('1')
except TypeError as e: print(e)
try: F.from_decimal(1.5)
except TypeError as e: print(e)

print('-- arithmetic')
a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** -3, a ** F(1, 2), a ** 0.5, 4 ** F(1, 2), 2 ** F(3), 2 ** F(-1), F(4) ** F(1, 2))
print(a + 1, 1 + a, a - 1, 1 - a, a * 2, 2 * a, a / 2, 2 / a, 7 // a, 7 % a, divmod(7, a), a + 0.5, 0.5 + a, a * 1j, 1j + a, a ** 2.0, 2.0 ** a)
print(-a, +a, abs(F(-5, 2)), int(F(-7, 2)), int(F(7, 2)), math.trunc(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), float(F(1, 3)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3), 2), round(F(12345, 1), -2), round(F(-1, 2)), type(round(F(5, 2))).__name__)
for expr in ['F(1, 2) / 0', 'F(3, 4) / F(0)', 'F(0) ** -1', 'F(-2, 3) ** -2', 'F(1, 2) // 0', 'F(1, 2) % 0', '1 / F(0)', 'F(6, 4) / 0', 'F(1,2) + "x"', 'F(1,2) < "x"', 'F(2, 3) ** 1j']:
    try: print(expr, '=', eval(expr))
    except Exception as e: print(expr, type(e).__name__, e)

print('-- comparisons / hash')
print(F(1, 2) == 0.5, F(1, 2) == F(2, 4), F(2) == 2, F(1, 3) == 1/3, F(1, 2) < 1, F(1, 2) > 0.4, F(1, 2) <= F(1, 2), F(1, 2) >= 1.0, F(1, 2) == 0.5+0j, F(1,2) == 'x', F(1) < float('inf'), F(1) > float('nan'), F(1) == float('nan'))
print(sorted([F(3, 4), 0.5, 1, F(-1, 2), 0]))
for v in [F(1, 2), F(-1, 2), F(7), F(-1), F(1, 3), F(10**30, 7), F(-10**40 - 1, 3**50), F(1, sys.hash_info.modulus) if (sys := __import__('sys')) else 0]:
    print(v, hash(v))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-1)), {F(1, 2): 'a', 0.5: 'b'})
print(bool(F(0)), bool(F(1, 9)), F(3, 4).as_integer_ratio(), F(3, 4).numerator, F(3, 4).denominator, F(5).real, F(5, 2).imag, F(5,2).conjugate())
print(copy.copy(a) is a, copy.deepcopy(a) is a, a.__reduce__())
class G(F): pass
g = G(1, 2)
print(repr(g), repr(+g), type(g + 1).__name__, type(copy.copy(g)).__name__)

print('-- limit_denominator')
pi = F('3.141592653589793')
for n in (1, 2, 7, 10, 100, 1000, 10**6):
    print(n, pi.limit_denominator(n))
print(F(4321, 8765).limit_denominator(10000), F(1, 3).limit_denominator(2), F(-355, 113).limit_denominator(100), F(0.1).limit_denominator(), F(3, 2).limit_denominator(1))
try: pi.limit_denominator(0)
except ValueError as e: print(e)
print(isinstance(F(1, 2), numbers.Rational), isinstance(F(1,2), numbers.Integral), F(1,2).__class__.__mro__[1].__name__)
print(format(F(1, 3)), f'{F(2, 5)}', '%s' % F(7, 1))
