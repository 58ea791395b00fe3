# Exceptions raised in handlers, nested try blocks, and the handled exception info (sys.exc_info).
import sys
def show():
    t, v, tb = sys.exc_info()
    return t.__name__ if t else None, str(v) if v else None
try:
    raise ValueError('outer')
except ValueError:
    print(show())
    try:
        raise KeyError('inner')
    except KeyError:
        print(show())
    print(show())
print(show())
print(sys.exception() if hasattr(sys, 'exception') else None)
