# Data and non-data descriptors, __set_name__, precedence against instance dict.
class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name
        print('set_name', owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f'{self.name[1:]} must be int')
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, objtype=None):
        return 'from descriptor'
class M:
    a = Typed()
    b = NonData()
m = M()
print(m.a)
m.a = 5
print(m.a, m.__dict__)
try:
    m.a = 'x'
except TypeError as e:
    print(e)
print(m.b)
m.__dict__['b'] = 'instance wins'
print(m.b)
m.__dict__['a'] = 'ignored'
print(m.a)
print(type(M.a).__name__)
