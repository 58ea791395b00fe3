# Module-level dunder names: __name__, __doc__, __builtins__ presence.
"""Module docstring here."""
print(__name__)
print(__doc__)
print('__builtins__' in globals())
def f():
    """Function doc."""
print(f.__doc__, f.__name__, f.__qualname__, f.__module__)
class C:
    """Class doc."""
    def m(self):
        """Method doc."""
    class D:
        def n(self): pass
print(C.__doc__, C.m.__doc__, C.m.__qualname__, C.D.n.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__)
