# Class body scope: names not visible in methods; class-level names; nested classes.
x = 'module'
class C:
    x = 'class'
    y = x + '!'
    def m(self):
        return x
    def n(self):
        return self.x
    class Inner:
        z = 'inner'
        try:
            w = y
        except NameError as e:
            w = 'no access: ' + str(e)
print(C.y, C().m(), C().n(), C.Inner.z, C.Inner.w)
def f():
    v = 'func'
    class K:
        v2 = v
        def m(self): return v
    return K
K = f()
print(K.v2, K().m())
def g():
    a = 'enclosing'
    class K:
        a = 'class-level'
        def m(self): return a
    return K().m(), K.a
print(g())
