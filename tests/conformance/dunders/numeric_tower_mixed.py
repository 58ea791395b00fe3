# Mixing a user numeric type with ints and floats via __radd__ and __eq__.
class Frac:
    def __init__(self, n, d=1): self.n, self.d = n, d
    def __add__(self, o):
        if isinstance(o, int): o = Frac(o)
        if not isinstance(o, Frac): return NotImplemented
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __eq__(self, o):
        if isinstance(o, int): o = Frac(o)
        return self.n * o.d == o.n * self.d
    def __repr__(self): return f'{self.n}/{self.d}'
print(Frac(1, 2) + Frac(1, 3), 1 + Frac(1, 2), Frac(1, 2) + 1, sum([Frac(1, 2), Frac(1, 2)]))
print(Frac(2, 2) == 1, 1 == Frac(2, 2))
try:
    Frac(1) + 1.5
except TypeError as e:
    print(e)
