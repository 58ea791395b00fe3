# Properties in subclasses, overriding a property, and accessing through super().
class A:
    @property
    def v(self): return 'A.v'
class B(A):
    @property
    def v(self): return 'B.v+' + super().v
print(B().v)
class C(A):
    v = 'plain attr'
print(C().v)
class D(A):
    @A.v.getter
    def v(self): return 'D getter'
print(D().v, A().v)
