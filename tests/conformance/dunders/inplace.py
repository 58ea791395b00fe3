# In-place dunders __iadd__ etc., fallback to __add__, and mutation visibility.
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        self.items.remove(o)
        return self
a = Acc(); alias = a
a += 1; a += 2; a -= 1
print(a.items, a is alias)
class Only:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Only(self.v + o)
o = Only(1); old = o
o += 5
print(o.v, o is old)
class Ret:
    def __imul__(self, o): return 'replaced'
x = Ret()
x *= 2
print(x)
class Bad:
    def __iadd__(self, o): return NotImplemented
try:
    b = Bad(); b += 1
except TypeError as e:
    print(e)
