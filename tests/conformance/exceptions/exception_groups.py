# ExceptionGroup: construction, nesting, subgroup, split, derive, messages.
eg = ExceptionGroup('many', [ValueError(1), TypeError(2), ExceptionGroup('inner', [KeyError(3)])])
print(repr(eg))
print(str(eg), len(eg.exceptions), eg.message)
match_, rest = eg.split(ValueError)
print(repr(match_), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))))
print(eg.subgroup(OSError))
beg = BaseExceptionGroup('b', [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup('x', [ValueError()])).__name__)
try:
    ExceptionGroup('bad', [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup('bad', [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    ExceptionGroup('bad', 5)
except TypeError as e:
    print(e)
