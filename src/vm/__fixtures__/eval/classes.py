class Base:
    count = 0
    def __init__(self, name):
        self.name = name
        Base.count += 1
    def hello(self):
        return f"hello {self.name}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
    @property
    def upper(self):
        return self.name.upper()
    @staticmethod
    def s(x):
        return x + 1
    @classmethod
    def make(cls, n):
        return cls(n)
class Child(Base):
    def hello(self):
        return super().hello() + "!"
    def __eq__(self, other):
        return isinstance(other, Child) and other.name == self.name
    def __hash__(self):
        return hash(self.name)
a = Base("a"); b = Child.make("b")
print(a, b, a.hello(), b.hello(), b.upper, Base.s(1), Base.count)
print(Child("x") == Child("x"), Child("x") != Child("y"), len({Child("q"), Child("q")}))
print(isinstance(b, Base), issubclass(Child, Base), Child.__mro__)
print(type(a).__name__, Child.__qualname__, Child.__bases__)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class T(metaclass=Meta):
    pass
print(T.tag, type(T).__name__)
class Slots:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
s = Slots()
print(s.x)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Init:
    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__, kw)
class Sub(Init, flag=True):
    pass
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        return 42
class UsesDesc:
    d = Desc()
print(UsesDesc().d)
X = type("X", (Base,), {"extra": 1})
print(X("z").hello(), X.extra)
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + o.v)
    def __lt__(self, o): return self.v < o.v
    def __iter__(self): return iter(range(self.v))
    def __len__(self): return self.v
    def __getitem__(self, i): return i * 10
    def __call__(self, *a): return ("called", a)
    def __contains__(self, x): return x == 7
print((V(1) + V(2)).v, V(1) < V(2), list(V(3)), len(V(4)), V(0)[5], V(0)(1, 2), 7 in V(0))
print(sorted([V(3), V(1), V(2)])[0].v, max(V(3), V(5)).v)
