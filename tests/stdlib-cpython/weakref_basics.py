import weakref, gc

class A:
    def __init__(self, n): self.n = n
    def m(self): return self.n * 2
    def __repr__(self): return f'A({self.n})'

a = A(1)
r = weakref.ref(a)
print(r() is a, weakref.getweakrefcount(a), type(r).__name__)
calls = []
r2 = weakref.ref(a, lambda w: calls.append('cb'))
print(weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
del a; gc.collect()
print(r(), calls)

b = A(2)
p = weakref.proxy(b)
print(p.n, p.m(), isinstance(p, weakref.ProxyTypes))
del b; gc.collect()
try: p.n
except ReferenceError as e: print('ReferenceError', e)

c = A(3)
wm = weakref.WeakMethod(c.m)
print(wm()(), wm() == c.m)
try: weakref.WeakMethod(len)
except TypeError as e: print(e)
del c; gc.collect()
print(wm())

d = weakref.WeakValueDictionary()
objs = [A(i) for i in range(4)]
for o in objs: d[o.n] = o
print(len(d), sorted(d.keys()), d[2], d.get(9, 'none'), 3 in d)
del objs[0]; gc.collect()
print(len(d), sorted(d), 0 in d)
print(sorted(d.items(), key=lambda kv: kv[0]))
print(d.pop(1), len(d))
try: d.pop(99)
except KeyError as e: print('KeyError', e)
try: d[99]
except KeyError as e: print('KeyError', e)
print(repr(d).startswith('<WeakValueDictionary at 0x'))
objs.clear(); gc.collect()
print(len(d), list(d.values()))

k = weakref.WeakKeyDictionary()
keys = [A(i) for i in range(3)]
for i, o in enumerate(keys): k[o] = i * 10
print(len(k), k[keys[1]], keys[2] in k, A(9) in k, 5 in k)
del keys[1]; gc.collect()
print(len(k), sorted(k.values()))
print(k.setdefault(keys[0], 'x'), k.pop(keys[0]), len(k))
print(repr(k).startswith('<WeakKeyDictionary at'))
c2 = k.copy(); print(type(c2).__name__, len(c2))

s = weakref.WeakSet()
items = [A(i) for i in range(3)]
for it in items: s.add(it)
print(len(s), items[0] in s, sorted(x.n for x in s))
del items[0]; gc.collect()
print(len(s))
s.discard(items[0]); print(len(s))
try: s.remove(A(5))
except KeyError as e: print('KeyError')
print(s.pop() is items[1], len(s))
try: s.pop()
except KeyError as e: print(e)
s2 = weakref.WeakSet(items); print(len(s2 | weakref.WeakSet()), s2 == weakref.WeakSet(items))

log = []
class B: pass
bb = B()
f = weakref.finalize(bb, log.append, 'finalized')
print(f.alive, f.atexit, f.peek()[1:] if f.peek() else None)
del bb; gc.collect()
print(log, f.alive, f())
bb2 = B()
f2 = weakref.finalize(bb2, lambda x, y=0: log.append(x + y), 1, y=2)
print(f2(), f2(), log, f2.alive, f2.detach())
bb3 = B()
f3 = weakref.finalize(bb3, print, 'at exit finalizer')
f4 = weakref.finalize(bb3, print, 'second at exit')
f5 = weakref.finalize(bb3, print, 'detached')
f5.detach()
print('end')
