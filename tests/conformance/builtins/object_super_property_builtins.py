# object, super, property, staticmethod, classmethod used as plain functions/objects.
class A:
    def greet(self): return 'A'
class B(A):
    def greet(self): return 'B' + super(B, self).greet()
    def _get(self): return 'prop'
    p = property(_get)
    s = staticmethod(lambda: 'static')
    c = classmethod(lambda cls: cls.__name__)
b = B()
print(b.greet(), b.p, b.s(), B.s(), b.c(), B.c())
print(type(object()).__name__, object.__bases__, isinstance(property, type), type(super).__name__)
print(callable(staticmethod(len)), classmethod(len).__func__ is len)
