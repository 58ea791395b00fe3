# __new__ and __init__ order, __new__ returning other types, singletons.
class A:
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, v):
        print('__init__', v)
        self.v = v
a = A(1)
print(a.v)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class Other:
    def __new__(cls): return 42
    def __init__(self): print('not called')
print(Other())
class BadInit:
    def __init__(self): return 5
try:
    BadInit()
except TypeError as e:
    print(e)
try:
    object.__new__(5)
except TypeError as e:
    print(e)
