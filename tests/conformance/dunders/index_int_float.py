# __index__, __int__, __float__, __complex__, __round__, __trunc__, __floor__, __ceil__, __abs__, __neg__, __pos__, __invert__.
import math
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return int(self.v)
    def __int__(self): return int(self.v) + 1000
    def __float__(self): return float(self.v) + 0.5
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __abs__(self): return 'abs'
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
n = Num(3)
print([10, 20, 30, 40][n], 'abcdef'[n:], hex(n), bin(n), oct(n), range(n))
print(int(n), float(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
print(abs(n), -n, +n, ~n)
print(operator_index := __import__('operator').index(n))
