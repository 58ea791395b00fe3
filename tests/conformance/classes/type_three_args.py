# type() with three arguments builds classes; type(x) of various objects.
Dyn = type('Dyn', (object,), {'x': 1, 'get': lambda self: self.x * 2})
d = Dyn()
print(Dyn.__name__, d.x, d.get(), isinstance(d, Dyn))
Sub = type('Sub', (Dyn,), {'x': 5})
print(Sub().get(), Sub.__mro__[1].__name__)
print(type(1), type('a'), type([]), type(None), type(type), type(len))
print(type(Dyn), type(d) is Dyn)
try:
    type('X', (), {}, 1)
except TypeError as e:
    print(e)
