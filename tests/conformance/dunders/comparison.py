# Rich comparison dunders, reflected comparisons, NotImplemented fallbacks.
class C:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print('eq', self.v); return isinstance(o, C) and self.v == o.v
    def __lt__(self, o): print('lt', self.v); return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): print('gt', self.v); return self.v > o.v
    def __ge__(self, o): return NotImplemented
print(C(1) == C(1), C(1) != C(2))
print(C(1) < C(2), C(1) > C(2))
print(C(1) <= C(1))
try:
    C(1) >= C(2)
except TypeError as e:
    print(e)
class Only:
    def __lt__(self, o): return 'lt-called'
print(5 > Only())
class Ne:
    def __eq__(self, o): return True
print(Ne() != 3, Ne() == 3)
