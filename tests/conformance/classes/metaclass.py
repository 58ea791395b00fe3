# Metaclasses: __new__, __init__, __call__ customization, class registry.
registry = []
class Registering(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        registry.append(name)
        return cls
    def __call__(cls, *a, **k):
        print('creating', cls.__name__)
        return super().__call__(*a, **k)
class Base(metaclass=Registering): pass
class Child(Base):
    def __init__(self, v): self.v = v
print(registry)
c = Child(3)
print(c.v, type(Child).__name__)
class Upper(type):
    def __new__(mcs, name, bases, ns):
        ns = {k.upper() if not k.startswith('__') else k: v for k, v in ns.items()}
        return super().__new__(mcs, name, bases, ns)
class U(metaclass=Upper):
    value = 1
print(hasattr(U, 'value'), U.VALUE)
