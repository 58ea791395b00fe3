# __hash__ and __eq__ for dict keys and set members; __hash__ = None.
class K:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k) % 7
    def __eq__(self, o): return isinstance(o, K) and o.k == self.k
    def __repr__(self): return f'K({self.k})'
d = {K(1): 'a', K(8): 'b'}
print(d[K(1)], d[K(8)], len(d))
print(K(1) in {K(1)}, K(2) in {K(1)})
class Unh:
    __hash__ = None
try:
    hash(Unh())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self): return 2**100
print(type(hash(BigHash())).__name__, hash(BigHash()) == hash(2**100))
class StrHash:
    def __hash__(self): return 'x'
try:
    hash(StrHash())
except TypeError as e:
    print(e)
