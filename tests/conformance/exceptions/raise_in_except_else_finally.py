# Exceptions raised from else and finally blocks replace pending ones.
def a():
    try:
        pass
    except Exception:
        pass
    else:
        raise ValueError('from else')
def b():
    try:
        raise KeyError('original')
    finally:
        raise ValueError('from finally')
for f in (a, b):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e, repr(e.__context__))
