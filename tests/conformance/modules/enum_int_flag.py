# IntEnum behaves like int; Flag/IntFlag combine; StrEnum-like str mixin; methods on enums.
from enum import IntEnum, Flag, IntFlag, Enum, auto, unique
class Prio(IntEnum):
    LOW = 1
    HIGH = 3
print(Prio.LOW < Prio.HIGH, Prio.HIGH + 1, sorted([Prio.HIGH, Prio.LOW]), Prio(3), int(Prio.LOW), Prio.LOW == 1)
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, [p.name for p in Perm], bool(Perm(0)))
class P2(IntFlag):
    A = 1
    B = 2
print(P2.A | P2.B, int(P2.A | P2.B), P2.A | 4)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def density_ish(self): return self.mass / self.radius ** 3
print(Planet.EARTH.mass, round(Planet.EARTH.density_ish, 3))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class S(str, Enum):
    X = 'x'
print(S.X == 'x', S.X.value, S('x'))
