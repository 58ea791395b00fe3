# Arithmetic dunders: __add__ __sub__ __mul__ __truediv__ __floordiv__ __mod__ __pow__ __matmul__ __divmod__.
class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'N({self.v})'
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
    def __sub__(self, o): return N(self.v - o.v)
    def __mul__(self, o): return N(self.v * o)
    def __truediv__(self, o): return N(self.v / o)
    def __floordiv__(self, o): return N(self.v // o)
    def __mod__(self, o): return N(self.v % o)
    def __pow__(self, o, mod=None): return N(pow(self.v, o, mod))
    def __matmul__(self, o): return ('matmul', self.v, o.v)
    def __divmod__(self, o): return ('divmod', divmod(self.v, o))
a, b = N(7), N(2)
print(a + b, a + 1, a - b, a * 3, a / 2, a // 2, a % 4, a ** 2, pow(a, 2, 5), a @ b, divmod(a, 2))
try:
    1 - a
except TypeError as e:
    print(e)
