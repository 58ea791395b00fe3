class Empty:
    pass

class Point(object):
    """A point."""
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Meta(type):
    pass

class WithMeta(Base1, Base2, metaclass=Meta, flag=True):
    x = 1

class Star(*bases, **kwds):
    pass

class Nested:
    class Inner:
        class Deeper:
            value = 42
