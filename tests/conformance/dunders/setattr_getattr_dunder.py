# A proxy built with __getattr__, __setattr__, __delattr__ forwarding to a wrapped object.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_t', target)
    def __getattr__(self, name):
        return getattr(self._t, name)
    def __setattr__(self, name, value):
        setattr(self._t, name, value)
    def __delattr__(self, name):
        delattr(self._t, name)
class Obj: pass
o = Obj()
p = Proxy(o)
p.x = 5
print(o.x, p.x, sorted(vars(p)))
del p.x
print(hasattr(o, 'x'))
try:
    p.missing
except AttributeError as e:
    print(e)
