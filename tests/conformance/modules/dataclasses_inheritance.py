# dataclass inheritance: fields ordered base first; kw_only; field defaults ordering error.
from dataclasses import dataclass, field
@dataclass
class Base:
    a: int
    b: int = 2
@dataclass
class Child(Base):
    c: int = 3
print(Child(1), Child(1, 5, 6))
@dataclass(kw_only=True)
class K:
    x: int
    y: int = 0
print(K(x=1), K(y=2, x=3))
try:
    K(1)
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1))
