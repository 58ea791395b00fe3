# __setattr__ and __delattr__ intercept assignments and deletions.
class Guard:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __setattr__(self, name, value):
        self.log.append(('set', name))
        if name == 'frozen':
            raise AttributeError('cannot set frozen')
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append(('del', name))
        super().__delattr__(name)
g = Guard()
g.a = 1
g.b = 2
del g.a
try:
    g.frozen = True
except AttributeError as e:
    print(e)
print(g.log, vars(g))
