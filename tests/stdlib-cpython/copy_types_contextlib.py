import copy, types, contextlib, io, sys
class P:
    def __init__(self, xs): self.xs = xs; self.me = self
a = P([1, [2, 3]]); b = copy.copy(a); c = copy.deepcopy(a)
print(b.xs is a.xs, c.xs is a.xs, c.xs[1] is a.xs[1], c.me is c, c.xs == a.xs)
l = [1, 2]; l.append(l); m = copy.deepcopy(l); print(m[2] is m, m[:2])
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1; self.b = [2]
s2 = copy.deepcopy(S()); print(s2.a, s2.b)
class Q:
    def __copy__(self): return "custom copy"
    def __deepcopy__(self, memo): return "custom deepcopy"
print(copy.copy(Q()), copy.deepcopy(Q()), copy.copy((1, 2)), copy.deepcopy({"k": [1]}))
ns = types.SimpleNamespace(a=1, b="x"); ns.c = 3; print(ns, ns == types.SimpleNamespace(a=1, b="x", c=3))
print(isinstance(lambda: 0, types.FunctionType), isinstance(len, types.BuiltinFunctionType), type(sys) is types.ModuleType)
def g(): yield 1
print(isinstance(g(), types.GeneratorType), types.MappingProxyType({"a": 1})["a"])
C = types.new_class("C", (object,), {}, lambda ns: ns.update(x=5)); print(C.x, C.__name__)
@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("b") as t: print("inside", t)
try:
    with tag("i"): raise ValueError("in block")
except ValueError as e: print("caught", e)
with contextlib.suppress(KeyError): {}["x"]
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf): print("hidden")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as st:
    st.callback(print, "callback 1")
    st.callback(print, "callback 2")
    st.enter_context(tag("s"))
with contextlib.nullcontext(5) as v: print(v)
class R:
    def close(self): print("closed")
with contextlib.closing(R()): pass
@tag("deco")
def f(): print("body")
f()
