# bool is an int subclass: arithmetic, repr, str, conversions, and bool() of objects.
print(True + True, True * 3, -True, True / 2, True // 1, ~False)
print(repr(True), str(False), int(True), float(False), bool(2), bool(0.0), bool('False'), bool(None))
print(True == 1, False == 0, True is bool(1), isinstance(False, int))
print(True & 1, type(True & 1).__name__, type(True & True).__name__, True | 2)
print(sum([True, True, False]), [1, 2, 3][True])
print(bool.__mro__, bool(), hash(True) == hash(1))
try:
    class B(bool): pass
except TypeError as e:
    print(e)
