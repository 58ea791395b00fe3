# collections.namedtuple: fields, defaults, _replace, _asdict, _fields, _make, repr, unpacking.
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), len(p))
P3 = namedtuple('P3', 'x y z', defaults=[0])
print(P3(1, 2), P3._field_defaults)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(e)
class V(namedtuple('V', 'a b')):
    def total(self): return self.a + self.b
print(V(1, 2).total(), V(1, 2))
