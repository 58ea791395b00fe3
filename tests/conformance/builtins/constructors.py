# Constructors of builtin types with no args and with conversions.
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), bytearray(), complex(), object().__class__.__name__)
print(int('7'), float('7'), str(7), bool(7), list('77'), tuple('77'), set('77'), frozenset('7'), complex('7'))
print(type(int), int.__name__, list.__qualname__, type(object()), object.__name__)
try:
    object(1)
except TypeError as e:
    print(e)
try:
    list(1)
except TypeError as e:
    print(e)
