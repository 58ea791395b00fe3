class A(metaclass=M): pass
class B(**kw): pass
class C(): pass
class D(A, B,): pass
