# Implicit chaining: __context__ set when raising inside except; __suppress_context__.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError('a')
    except KeyError as k:
        raise TypeError('b') from k
except TypeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise KeyError('a')
    except KeyError:
        raise TypeError('c') from None
except TypeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise OSError('x')
    finally:
        raise RuntimeError('in finally')
except RuntimeError as e:
    print(repr(e.__context__))
e = ValueError()
e.__cause__ = KeyError('manual')
print(repr(e.__cause__), e.__suppress_context__)
