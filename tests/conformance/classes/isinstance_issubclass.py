# isinstance and issubclass with tuples, builtins, bool/int, and errors.
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int))
print(isinstance([], (tuple, list)), isinstance('s', (int, (float, str))))
print(issubclass(int, object), issubclass(type, object), isinstance(type, type), isinstance(object, type))
print(isinstance(None, type(None)), isinstance(3.0, int))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
class Meta(type):
    def __instancecheck__(cls, x): return x == 'magic'
class Any(metaclass=Meta): pass
print(isinstance('magic', Any), isinstance('other', Any))
