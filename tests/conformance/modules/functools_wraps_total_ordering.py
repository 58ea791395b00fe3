# functools.wraps metadata and total_ordering filling comparison methods.
from functools import wraps, total_ordering
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner
@deco
def documented(x):
    """Docstring kept."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__(3))
@total_ordering
class Ver:
    def __init__(self, *p): self.p = p
    def __eq__(self, o): return self.p == o.p
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return 'v' + '.'.join(map(str, self.p))
a, b = Ver(1, 2), Ver(1, 10)
print(a < b, a <= b, a > b, a >= b, b >= a, sorted([b, a]), max(a, b))
