# __slots__: no __dict__, assigning unknown attributes fails, slots with inheritance.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x): self.x = x
p = P(1)
print(p.x, hasattr(p, '__dict__'))
try:
    p.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
print(p.y)
del p.y
print(hasattr(p, 'y'))
class Q(P):
    pass
q = Q(1)
q.z = 3
print(q.z, hasattr(q, '__dict__'))
class R(P):
    __slots__ = ('w',)
r = R(0); r.w = 9
print(r.w, r.x, hasattr(r, '__dict__'))
print(P.__slots__, type(P.x).__name__)
