# __repr__ vs __str__ selection in print, str(), repr(), f-strings, containers.
class Both:
    def __repr__(self): return 'Both-repr'
    def __str__(self): return 'Both-str'
class ReprOnly:
    def __repr__(self): return 'ReprOnly()'
class StrOnly:
    def __str__(self): return 'str only'
b, r = Both(), ReprOnly()
print(b, str(b), repr(b), f'{b}', f'{b!r}', [b], (b,), {'k': b})
print(r, str(r), [r])
print(str(StrOnly()), repr(StrOnly()).startswith('<__main__.StrOnly object at 0x'))
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
