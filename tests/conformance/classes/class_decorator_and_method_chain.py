# Class-level method chaining returning self, and class decorators adding methods.
def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Builder:
    def __init__(self): self.parts = []
    def add(self, p):
        self.parts.append(p)
        return self
print(Builder().add('a').add('b'))
