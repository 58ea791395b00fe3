# Multiple inheritance and C3 MRO, including diamond, and MRO conflicts.
class A:
    def who(self): return 'A'
class B(A):
    def who(self): return 'B>' + super().who()
class C(A):
    def who(self): return 'C>' + super().who()
class D(B, C):
    def who(self): return 'D>' + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print(type(e).__name__, e)
class O: pass
class P1(O): pass
class P2(O): pass
class Q(P1, P2, O): pass
print([k.__name__ for k in Q.__mro__])
try:
    class Bad2(O, P1): pass
except TypeError as e:
    print(type(e).__name__, e)
