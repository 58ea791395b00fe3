import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    ALIAS = 1
print(repr(Color.RED), str(Color.RED), f'{Color.RED}', format(Color.RED, '>12'), Color(1), Color['GREEN'], list(Color), len(Color), Color.__members__)
try: Color(5)
except ValueError as e: print(e)
try: Color['X']
except KeyError as e: print(repr(e))
class N(enum.IntEnum):
    ONE = 1
    TWO = enum.auto()
print(repr(N.TWO), str(N.TWO), f'{N.TWO}', N.TWO + 1, N.ONE < N.TWO, format(N.ONE, '03d'), N(2), N.ONE == 1)
class P(enum.Flag):
    R = enum.auto(); W = enum.auto(); X = enum.auto()
print(repr(P.R|P.W), str(P.R|P.W), list(P.R|P.W), P(0), repr(P(0)), bool(P(0)), P.R in (P.R|P.X), ~P.R, len(P.R|P.X), P.R & P.W)
try: P(8)
except ValueError as e: print("ValueError", e)
class IP(enum.IntFlag):
    R = 4; W = 2
print(repr(IP.R|IP.W), str(IP.R|IP.W), IP.R|8, repr(IP(12)), IP.R + 1)
class S(enum.StrEnum):
    A = enum.auto(); B = 'bee'
print(repr(S.A), str(S.A), S.B.upper(), S.A == 'a', f'{S.B}')
try:
    class D(enum.Enum):
        A = 1
        A = 2
except TypeError as e: print('TE', e)
try:
    @enum.unique
    class U(enum.Enum):
        A = 1; B = 1
except ValueError as e: print('VE', e)
try:
    class Sub(Color): pass
except TypeError as e: print('TE', e)
try: Color.RED = 3
except AttributeError as e: print('AE', e)
F = enum.Enum('F', 'A B C'); print(list(F), F.B.value, repr(F))
G = enum.Enum('G', [('X', 10), ('Y', 20)]); print(list(G), G(20))
print(Color.RED.name, Color.RED.value, Color.RED is Color(1), hash(Color.RED) == hash(Color.RED), Color.RED == 1, type(Color.RED), isinstance(Color.RED, Color))
class WithM(enum.Enum):
    A = 1
    B = 2
    def describe(self): return f'{self.name}={self.value}'
    @classmethod
    def first(cls): return next(iter(cls))
    @property
    def double(self): return self.value * 2
print(WithM.A.describe(), WithM.first(), WithM.B.double, list(reversed(WithM)), Color.RED in Color)
class Planet(enum.Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(Planet.EARTH.mass, Planet.MARS.value, Planet((6.42e23, 3.39e6)))
class Mixed(str, enum.Enum):
    A = "a"
print(repr(Mixed.A), str(Mixed.A), f"{Mixed.A}", Mixed.A == "a", Mixed("a"))
class Miss(enum.Enum):
    X = 1
    @classmethod
    def _missing_(cls, value): return cls.X
print(Miss(99))
class Ordered(enum.IntEnum):
    LOW = 1; HIGH = 3
print(sorted([Ordered.HIGH, Ordered.LOW]), max(Ordered), dict(Color.__members__)['ALIAS'])
