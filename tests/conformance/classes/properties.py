# property getter/setter/deleter, read-only property errors, property() call form.
class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        self._c = None
    @property
    def fahrenheit(self): return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)
class P:
    def _get(self): return 'got'
    x = property(_get, doc='the x')
print(P().x, P.x.__doc__, type(P.x).__name__)
try:
    del P().x
except AttributeError as e:
    print(type(e).__name__, e)
