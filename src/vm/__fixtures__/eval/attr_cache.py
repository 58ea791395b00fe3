# Eval-loop fast paths (eval.ts): LOAD_ATTR/STORE_ATTR inline caches must follow every
# change that invalidates them (class attributes, instance dicts, __getattribute__,
# __setattr__, __class__, descriptors gaining __set__, properties, __slots__).
class A:
    def m(self): return 'A.m'
class B(A): pass
class S:
    __slots__ = ('x',)
class P:
    @property
    def p(self): return 'prop'
def get(o): return o.v
def callm(o): return o.m()
def getp(o): return o.p
def getx(o): return o.x
def setx(o, v): o.x = v
def setv(o, v): o.v = v
b = B(); b.v = 1
out = []
for i in range(6):
    if i == 2: A.m = lambda self: 'new A.m'
    if i == 3: b.m = lambda: 'inst m'
    if i == 4: del b.m
    if i == 5: B.m = lambda self: 'B.m'
    out.append(callm(b))
for i in range(5):
    if i == 2: b.__dict__.clear()
    if i == 3: B.v = 'class v'
    if i == 4: b.v = 'inst again'
    try: out.append(get(b))
    except AttributeError as e: out.append('AE ' + str(e))
s = S()
for i in range(4):
    try: out.append(getx(s))
    except AttributeError as e: out.append('AE ' + str(e))
    setx(s, i)
class D:
    def __get__(self, o, t): return 'D.get'
class C:
    d = D()
c = C()
def getd(o): return o.d
def setd(o, v): o.d = v
for i in range(5):
    if i == 1: c.__dict__['d'] = 'inst'
    if i == 3: D.__set__ = lambda self, o, v: out.append('D.set')
    out.append(getd(c)); setd(c, i)
class G:
    pass
g = G(); g.v = 5
for i in range(4):
    if i == 2: G.__getattribute__ = lambda self, n: 'ga ' + n
    out.append(get(g))
class H: pass
h = H(); h.v = 1
for i in range(4):
    if i == 2: h.__class__ = B
    out.append(get(h))
p = P()
for i in range(3):
    if i == 2: P.p = property(lambda self: 'prop2')
    out.append(getp(p))
class Q:
    __slots__ = ('x', '__dict__')
q = Q()
for i in range(3):
    setx(q, i); out.append(getx(q)); setv(q, i*10); out.append(get(q))
class R:
    def __getattr__(self, n): return 'getattr ' + n
r = R()
for i in range(3):
    out.append(get(r)); setv(r, i) if i == 1 else None
class T:
    def __setattr__(self, n, v): out.append(('setattr', n, v))
t = T()
for i in range(2): setv(t, i)
class U: pass
u = U()
for i in range(3):
    setv(u, i)
    if i == 1: U.__setattr__ = lambda self, n, v: out.append(('U.setattr', n, v))
    out.append(u.__dict__.get('v'))
print(out)
