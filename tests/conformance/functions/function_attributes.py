# Function objects: __name__, __qualname__, __doc__, __defaults__, custom attributes, __dict__.
def f(a, b=2):
    "doc of f"
    return a
f.custom = 'attr'
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.custom, f.__dict__)
f.__name__ = 'renamed'
print(f.__name__)
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_varnames)
print(callable(f), type(f).__name__)
def annotated(x: int, y: 'str' = 'a') -> bool: pass
print(annotated.__annotations__)
