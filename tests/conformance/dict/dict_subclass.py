# Subclassing dict: __missing__, overridden __setitem__ not used by update().
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
d = Lower()
d['ABC'] = 1
d.update({'XYZ': 2})
print(d)
class Default(dict):
    def __missing__(self, k):
        self[k] = []
        return self[k]
g = Default()
g['a'].append(1)
g['a'].append(2)
print(g, isinstance(g, dict), type(g).__name__)
