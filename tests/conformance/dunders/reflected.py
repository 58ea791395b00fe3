# Reflected dunders __radd__ etc., and priority of a subclass's reflected method.
class R:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return f'radd({o},{self.v})'
    def __rsub__(self, o): return f'rsub({o},{self.v})'
    def __rmul__(self, o): return f'rmul({o},{self.v})'
    def __rtruediv__(self, o): return f'rtruediv({o},{self.v})'
    def __rpow__(self, o): return f'rpow({o},{self.v})'
    def __rlshift__(self, o): return f'rlshift({o},{self.v})'
    def __rand__(self, o): return f'rand({o},{self.v})'
r = R(1)
print(1 + r, 2 - r, 3 * r, 4 / r, 5 ** r, 6 << r, 7 & r)
print(sum([r], 10) if False else 10 + r)
class Base:
    def __add__(self, o): return 'Base.add'
    def __radd__(self, o): return 'Base.radd'
class Sub(Base):
    def __radd__(self, o): return 'Sub.radd'
print(Base() + Sub(), Sub() + Base())
class NI:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return 'NI.radd'
try:
    NI() + NI()
except TypeError as e:
    print(e)
try:
    NI() + 1
except TypeError as e:
    print(e)
