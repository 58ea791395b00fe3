# Functions are descriptors: __get__ binds them; classmethod/staticmethod via __get__.
class A:
    def m(self): return ('m', type(self).__name__)
def free(self): return 'free bound to ' + type(self).__name__
a = A()
bound = free.__get__(a, A)
print(bound(), A.__dict__['m'].__get__(a)(), A.__dict__['m'].__get__(None, A) is A.__dict__['m'])
A.extra = free
print(a.extra())
a.inst_fn = free
try:
    a.inst_fn()
except TypeError as e:
    print(e)
print(classmethod(lambda c: c.__name__).__get__(None, A)(), staticmethod(lambda: 's').__get__(None, A)())
