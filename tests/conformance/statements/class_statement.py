# class statement with bases, keywords, decorators, and body execution order.
print('before')
class A:
    print('executing body of A')
    x = 1
    def m(self): return 'A.m'
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(kw.items()))
        return super().__new__(mcs, name, bases, ns)
class B(A, metaclass=Meta, flag=True):
    y = 2
def deco(cls):
    cls.decorated = True
    return cls
@deco
class C(B):
    pass
print(C.x, C.y, C.decorated, C().m())
print([k.__name__ for k in C.__mro__])
print(type(B).__name__, type(A).__name__)
