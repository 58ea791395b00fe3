class Base:
    def __init__(self, x):
        self.x = x
    def describe(self):
        return "Base(" + str(self.x) + ")"

class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def describe(self):
        return "Child/" + super().describe() + "/" + str(self.y)

c = Child(1, 2)
print(c.describe())
print(isinstance(c, Base), Child.__name__)

class WithDoc:
    "class doc"
    def m(self):
        "method doc"
        return __class__.__name__

print(WithDoc().m(), WithDoc.m.__doc__)

def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper

@deco
def add(a, b):
    return a + b

print(add(2, 3))
