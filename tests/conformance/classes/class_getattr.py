# __getattr__ only for missing attributes; __getattribute__ for all; AttributeError fallback.
class Lazy:
    def __init__(self): self.real = 'real'
    def __getattr__(self, name):
        if name.startswith('x'):
            return 'dyn_' + name
        raise AttributeError(f'no {name}')
l = Lazy()
print(l.real, l.xyz, getattr(l, 'nope', 'dflt'), hasattr(l, 'nope'))
class Spy:
    def __init__(self): self.a = 1
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('get', name)
        return object.__getattribute__(self, name)
s = Spy()
print(s.a)
class Both:
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError('boom missing')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback for ' + name
print(Both().boom)
