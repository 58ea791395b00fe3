# ** unpacking requires string keys; duplicate keywords rejected.
def f(**k): return k
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(a=1, **{'a': 2})
except TypeError as e:
    print(type(e).__name__, e)
print(f(**{'a': 1}, **{'b': 2}))
class M:
    def keys(self): return ['x', 'y']
    def __getitem__(self, k): return k.upper()
print(f(**M()))
