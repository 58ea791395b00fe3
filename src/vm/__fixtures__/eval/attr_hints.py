# Eval-loop fast paths added for speed (eval.ts, eval-support.ts): the entry-index hint of
# instance-dict attributes (AK_DICT with aHint) and in-place __slots__ access (AK_SLOT) must
# give what the generic lookup gives when dicts differ in order, lose or regain keys, are
# replaced, and when slots are empty, deleted, inherited or shadowed by subclasses.
class P:
    def __init__(self, order, n):
        for k in order:
            setattr(self, k, n)
def geta(o): return o.a
def seta(o, v): o.a = v
out = []
objs = [P('abc', 1), P('cba', 2), P('bca', 3), P('a', 4)]
for rnd in range(3):
    for o in objs:
        out.append(geta(o))
        seta(o, geta(o) * 10)
del objs[0].a
objs[0].__dict__['a'] = 'back'
for o in objs:
    out.append(geta(o))
objs[1].__dict__ = {'z': 0, 'a': 'new dict'}
out.append(geta(objs[1]))
for o in objs:
    try:
        del o.b
    except AttributeError as e:
        out.append('AE ' + str(e))
    out.append(sorted(vars(o)))
q = P('', 0)
try:
    geta(q)
except AttributeError as e:
    out.append('AE ' + str(e))
seta(q, 'set late')
out.append(geta(q))
class K(str): pass
k1, k2 = K('a'), K('a')
o = P('', 0)
o.__dict__[k1] = 'str-subclass key'
out.append(geta(o))
seta(o, 'through hint')
out.append(o.__dict__[k2])
class S:
    __slots__ = ('x', 'y')
    def __init__(self, x): self.x = x
class S2(S):
    __slots__ = ('z',)
class S3(S):
    x = 'class attr shadows the slot'
def getx(o): return o.x
def setx(o, v): o.x = v
ss = [S(1), S2(2), S(3)]
for rnd in range(2):
    for s in ss:
        out.append(getx(s))
        setx(s, getx(s) + 1)
del ss[0].x
try:
    getx(ss[0])
except AttributeError as e:
    out.append('AE ' + str(e))
setx(ss[0], 'again')
out.append(getx(ss[0]))
out.append(getx(S3(5)))
try:
    setx(S3(5), 6)
except AttributeError as e:
    out.append('AE ' + str(e))
print(out)
# sum() of floats keeps a double (builtins-fns.ts): the same IEEE additions as the generic
# path, leaving it for anything that is not an exact float or small int.
class F(float): pass
cases = [
    [0.1] * 10, [1, 2.5, 3], [1.5, True, 2], [1e308, 1e308], [0.5, 2 ** 60, 0.25],
    [float('nan'), 1.0], [-0.0], [2.5, F(1.25), 3], [1.0, 10 ** 400 // 10 ** 399],
    [x / 3 for x in range(100)], [1.0, 2 ** 62, -2 ** 62],
]
for c in cases:
    print(repr(sum(c)), repr(sum(c, 0.0)), repr(sum(iter(c), -0.0)))
print(repr(sum(x * 0.5 for x in range(1000))), repr(sum([], -0.0)), repr(sum([-0.0], -0.0)))
try:
    sum([1.5, 'x'])
except TypeError as e:
    print('TypeError', e)
