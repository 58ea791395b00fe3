# dataclasses: order=True comparisons, frozen=True immutability and hashing, post_init.
from dataclasses import dataclass, field, FrozenInstanceError
@dataclass(order=True)
class Ver:
    major: int
    minor: int = 0
print(sorted([Ver(1, 2), Ver(0, 9), Ver(1, 0)]), Ver(1) < Ver(1, 1))
@dataclass(frozen=True)
class P:
    x: int
    y: int
p = P(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(p) == hash(P(1, 2)), {p: 'ok'}[P(1, 2)])
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
print(Rect(2, 3))
@dataclass
class Unhashable:
    a: int
try:
    hash(Unhashable(1))
except TypeError as e:
    print(e)
