# Container dunders: __len__ __getitem__ __setitem__ __delitem__ __contains__ __iter__ __reversed__ __missing__.
class Box:
    def __init__(self): self.d = {}
    def __len__(self): return len(self.d)
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __contains__(self, k): return k in self.d
    def __iter__(self): return iter(sorted(self.d))
    def __reversed__(self): return iter(sorted(self.d, reverse=True))
b = Box()
b['x'] = 1; b['a'] = 2; b['m'] = 3
del b['m']
print(len(b), b['x'], 'a' in b, 'm' in b, list(b), list(reversed(b)))
try:
    b['nope']
except KeyError as e:
    print('KeyError', e)
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1)
print(d['a'], d['zz'], d.get('zz'), 'zz' in d)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * i
print(list(Seq()), list(reversed([1, 2])))
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class FloatLen:
    def __len__(self): return 1.5
try:
    len(FloatLen())
except TypeError as e:
    print(e)
