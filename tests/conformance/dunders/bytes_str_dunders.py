# __bytes__, __str__, __repr__ used by bytes(), str(), repr(), and %s/%r.
class B:
    def __bytes__(self): return b'raw'
    def __str__(self): return 'S'
    def __repr__(self): return 'R'
b = B()
print(bytes(b), str(b), repr(b), '%s %r' % (b, b), '{} {!r}'.format(b, b))
class BadBytes:
    def __bytes__(self): return 'no'
try:
    bytes(BadBytes())
except TypeError as e:
    print(e)
