# Extending an inherited property with a setter in a subclass; property docstrings.
class Base:
    def __init__(self): self._v = 0
    @property
    def v(self):
        "the value"
        return self._v
class Sub(Base):
    @Base.v.setter
    def v(self, val):
        self._v = val * 10
s = Sub()
s.v = 2
print(s.v, Base.v.__doc__, Sub.v.fget is Base.v.fget)
try:
    Base().v = 1
except AttributeError as e:
    print(type(e).__name__, e)
