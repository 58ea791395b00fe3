import inspect, functools, asyncio, abc, sys, types, collections
from typing import List, Optional, Dict

def plain(a, b=2, *args, c, d=4, **kw): "Doc of plain."
def annotated(x: int, y: 'str' = 'why', *, z: List[int] = None) -> Optional[int]: pass
def posonly(a, b, /, c, *, d): pass
def posonly_defaults(a=1, /, b=2): pass
async def coro_fn(): return 1
async def agen_fn(): yield 1
def gen_fn(): yield 1
lam = lambda x, *y, **z: 0
class A:
    """Class A.

        Indented more.
    """
    attr = 1
    def method(self, x, y=1): "Method doc."
    @classmethod
    def cm(cls, a): pass
    @staticmethod
    def sm(a, b): pass
    @property
    def prop(self): "Prop doc."; return 1
    def __call__(self, q): pass
class B(A):
    def method(self, x, y=1): pass
class WithInit:
    def __init__(self, a, b: int = 3): pass
class WithNew:
    def __new__(cls, *args, k=1): return super().__new__(cls)
class Meta(type):
    def __call__(cls, meta_arg): return super().__call__()
class UsesMeta(metaclass=Meta): pass
class Empty: pass

print('-- signatures')
for f in [plain, annotated, posonly, posonly_defaults, coro_fn, lam, A.method, A().method, A.cm, A.sm, A, A(), WithInit, WithNew, UsesMeta, Empty,
          len, print, sorted, max, dict.get, [].append, str.join, int.from_bytes, list, functools.partial(plain, 1, c=3), functools.partial(posonly, 1),
          functools.partial(annotated, y='s')]:
    try:
        s = inspect.signature(f)
        print(getattr(f, '__name__', type(f).__name__), s, repr(s) if f is plain else '', list(s.parameters) if f is annotated else '')
    except (ValueError, TypeError) as e:
        print(getattr(f, '__name__', type(f).__name__), type(e).__name__, e)
for bad in [3, int, dict]:
    try: print(inspect.signature(bad))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)

@functools.wraps(plain)
def wrapper(*args, **kwargs): return plain(*args, **kwargs)
print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False), inspect.unwrap(wrapper) is plain)
def deco(f):
    @functools.wraps(f)
    def inner(*a, **k): return f(*a, **k)
    return inner
@deco
@deco
def twice(p, q=1): pass
print(inspect.signature(twice), inspect.unwrap(twice).__name__, inspect.unwrap(twice, stop=lambda f: f.__wrapped__.__wrapped__ is None if hasattr(f.__wrapped__, '__wrapped__') else True) is twice)
def custom(): pass
custom.__signature__ = inspect.Signature([inspect.Parameter('zz', inspect.Parameter.KEYWORD_ONLY, default=1)])
print(inspect.signature(custom))
loop_a = lambda: 0; loop_a.__wrapped__ = loop_a
try: inspect.unwrap(loop_a)
except ValueError as e: print('ValueError', str(e)[:30])

sig = inspect.signature(annotated)
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, repr(p.default), p.annotation, repr(p), str(p.kind), int(p.kind))
print(sig.return_annotation, sig.parameters['x'].annotation is int, inspect.Parameter.empty, inspect.Signature.empty is inspect.Parameter.empty)
print(type(sig.parameters).__name__, sig.parameters)
print(sig == inspect.signature(annotated), hash(sig) == hash(inspect.signature(annotated)), sig.replace(return_annotation=inspect.Signature.empty))

print('-- bind')
s = inspect.signature(plain)
ba = s.bind(1, 2, 3, c=5, e=6)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba = s.bind(1, c=3); ba.apply_defaults(); print(ba, ba.args, ba.kwargs)
print(s.bind_partial(1), s.bind_partial(c=1).arguments)
ps = inspect.signature(posonly)
for args, kwargs in [((1, 2, 3), {'d': 4}), ((1,), {}), ((1, 2, 3, 4), {'d': 1}), ((1, 2), {'c': 1}), ((), {'a': 1, 'b': 2, 'c': 3, 'd': 4}), ((1, 2, 3), {'d': 4, 'e': 5}), ((1, 2), {'c': 3, 'd': 4, 'b': 2})]:
    try: print(ps.bind(*args, **kwargs))
    except TypeError as e: print('TypeError', e)
try: s.bind(1, 2, a=1, c=1)
except TypeError as e: print('TypeError', e)
print(inspect.signature(lam).bind(1, 2, 3, k=4))

print('-- Parameter / Signature construction')
P = inspect.Parameter
print(P('a', P.POSITIONAL_ONLY), P('b', P.VAR_POSITIONAL), P('c', P.KEYWORD_ONLY, default=None, annotation=int), P('d', P.VAR_KEYWORD, annotation='x'))
for args, kw in [(('1a', P.POSITIONAL_ONLY), {}), (('class', P.KEYWORD_ONLY), {}), (('a', 7), {}), (('a', P.VAR_POSITIONAL), {'default': 1}), ((3, P.POSITIONAL_ONLY), {})]:
    try: print(P(*args, **kw))
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(P('x', P.POSITIONAL_ONLY).replace(name='y', default=2), P('x', 1) == P('x', 1), P('x', 1) == P('x', 2))
try: inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)])
except ValueError as e: print('ValueError', e)
try: inspect.Signature([P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_ONLY)])
except ValueError as e: print('ValueError', e)
try: inspect.Signature([P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)])
except ValueError as e: print('ValueError', e)
print(inspect.Signature([P('a', P.POSITIONAL_ONLY), P('k', P.KEYWORD_ONLY)], return_annotation=List[int]))
print(inspect.Signature(), inspect.Signature([P('a', P.POSITIONAL_ONLY)]))
print(inspect.formatannotation(Dict[str, int]), inspect.formatannotation(list[int]), inspect.formatannotation(collections.OrderedDict), inspect.formatannotation('x'), inspect.formatannotation(None))

print('-- predicates')
objs = {'plain': plain, 'lambda': lam, 'A': A, 'A()': A(), 'method': A().method, 'A.method': A.method, 'cm': A.cm, 'len': len,
        'append': [].append, 'str.join': str.join, 'int.__add__': int.__add__, '(1).__add__': (1).__add__, 'module': inspect,
        'gen_fn': gen_fn, 'gen': gen_fn(), 'coro_fn': coro_fn, 'agen_fn': agen_fn, 'partial_coro': functools.partial(coro_fn),
        'prop': A.__dict__['prop'], 'code': plain.__code__, 'frame': inspect.currentframe(), 'None': None}
preds = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction', 'isgenerator', 'iscoroutinefunction', 'iscoroutine',
         'isasyncgenfunction', 'isawaitable', 'isbuiltin', 'isroutine', 'ismethoddescriptor', 'isdatadescriptor', 'iscode', 'isframe', 'isabstract', 'ismethodwrapper']
for name, o in objs.items():
    print(name.ljust(14), ''.join('1' if getattr(inspect, p)(o) else '.' for p in preds))
c = coro_fn(); print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.getcoroutinestate(c)); c.close(); print(inspect.getcoroutinestate(c))
g = gen_fn(); print(inspect.getgeneratorstate(g)); next(g); print(inspect.getgeneratorstate(g)); g.close(); print(inspect.getgeneratorstate(g))
class Fut:
    def __await__(self): yield
print(inspect.isawaitable(Fut()), inspect.isawaitable(asyncio.sleep(0).__class__))
class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
class Concrete(Abstract):
    def f(self): pass
print(inspect.isabstract(Abstract), inspect.isabstract(Concrete), inspect.isabstract(abc.ABC), inspect.isabstract(1))

print('-- members, docs, mro')
print([n for n, v in inspect.getmembers(A) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(A(), inspect.ismethod) if not n.startswith('__')])
print(inspect.getmembers(collections.namedtuple('NT', 'a b')(1, 2), lambda v: isinstance(v, int)))
print([n for n, _ in inspect.getmembers(collections, inspect.isclass)][:6])
print(repr(inspect.getdoc(A)), repr(inspect.getdoc(plain)), repr(inspect.getdoc(B.method)), repr(inspect.getdoc(B().method)), repr(inspect.getdoc(Empty)), repr(inspect.getdoc(A.__dict__['prop'])), inspect.getdoc(None) == inspect.getdoc(type(None)))
print(repr(inspect.cleandoc('  first\n      second\n        third\n\n   \n')), repr(inspect.cleandoc('\n\n  a\n\tb\n')), repr(inspect.cleandoc('')))
print(inspect.getmro(B), inspect.getmro(bool))
print(inspect.getfullargspec(plain))
print(inspect.getfullargspec(annotated))
print(inspect.getfullargspec(A().method))
print(inspect.get_annotations(annotated), inspect.get_annotations(annotated, eval_str=True), inspect.get_annotations(A), inspect.get_annotations(WithInit.__init__))
print(inspect.getattr_static(A(), 'prop'), inspect.getattr_static(A, 'cm'), inspect.getattr_static(A(), 'zz', 'default'))

print('-- frames')
def where():
    f = inspect.currentframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, f.f_lineno
print(where())
def outer_fn():
    def inner_fn():
        st = inspect.stack()
        return [(fi.function, fi.lineno, fi.code_context, fi.index, fi.filename) for fi in st[:3]], st[0][3], st[0].positions
    return inner_fn()
print(outer_fn())
fi = inspect.getframeinfo(inspect.currentframe())
print(fi.function, fi.lineno, fi.code_context, fi.index, fi[0], fi.positions)
print(inspect.getframeinfo(inspect.currentframe(), context=3).code_context)
try:
    1 / 0
except ZeroDivisionError as e:
    t = inspect.trace()
    print([(x.function, x.lineno, x.code_context) for x in t], inspect.getinnerframes(e.__traceback__)[0].lineno)
print(inspect.getfile(plain), inspect.getfile(A), inspect.getmodule(plain).__name__, inspect.getmodule(inspect.signature) is inspect, inspect.getsourcefile(plain))
for fn in (inspect.getsource, inspect.getsourcelines, inspect.findsource):
    try: fn(sorted)
    except (OSError, TypeError) as e: print(type(e).__name__, e)
try: inspect.getfile(len)
except TypeError as e: print('TypeError', e)
