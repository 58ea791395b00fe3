# __eq__ without __hash__ makes instances unhashable; __hash__ consistent with __eq__.
class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and self.x == o.x
class H(P):
    def __hash__(self): return hash(self.x)
print(P(1) == P(1), P(1) != P(2), P(1) == 1)
try:
    {P(1)}
except TypeError as e:
    print(e)
print(P.__hash__)
print(len({H(1), H(1), H(2)}), H(1) in {H(1): 'v'})
class Default: pass
a = Default()
print(a == a, a == Default(), hash(a) == hash(a))
