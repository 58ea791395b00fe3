import dataclasses, typing, copy, pprint
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass, InitVar, KW_ONLY, FrozenInstanceError, MISSING
from typing import ClassVar, List, Optional

@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(2, 1), p == (1, 2), Point(3), Point(y=5, x=4))
print(Point.__doc__, Point.__match_args__, Point.__hash__, Point.__init__.__qualname__, Point.__repr__.__qualname__)
print(Point.__dataclass_params__)
print([f.name for f in fields(Point)], fields(p)[1].default, fields(Point)[0].default is MISSING, repr(fields(Point)[0]).replace(hex(id(MISSING)), 'ID'))
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2)]:
    try: bad()
    except TypeError as e: print('TypeError', e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)
v1, v2 = Version(1, 2), Version(1, 10, 'beta')
print(v1 < v2, v1 <= v2, v2 > v1, sorted([v2, v1]), hash(v1) == hash(Version(1, 2, 'x')), v1 == Version(1, 2, 'other'))
try: v1.major = 3
except FrozenInstanceError as e: print('FrozenInstanceError', e, isinstance(e, AttributeError))
try: del v1.minor
except FrozenInstanceError as e: print('FrozenInstanceError', e)
try: v1.new_attr = 1
except FrozenInstanceError as e: print('FrozenInstanceError', e)
try: v1 < Point(1, 2)
except TypeError as e: print('TypeError', e)

@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    tag: Optional[str] = None
    total: ClassVar[int] = 0
    secret: str = field(default='s', repr=False, compare=False)
    hidden: int = field(init=False, default=7)
    computed: list = field(init=False, default_factory=lambda: ['c'])
a, b = Inventory('a'), Inventory('b')
a.items.append('x')
print(a, b, a.items is not b.items, Inventory.total, a.hidden, a.computed, 'total' in Inventory.__dataclass_fields__, [f.name for f in fields(a)])
print(Inventory.__doc__)
print(Inventory.__init__.__annotations__)
print(Inventory.__dataclass_fields__['total']._field_type, Inventory.__dataclass_fields__['items'])

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
w = WithPost(3); w5 = WithPost(3, 5)
print(w, w5, fields(w), 'scale' in WithPost.__dataclass_fields__, repr(WithPost.__dataclass_fields__['scale'].type))
print(replace(w, a=10), replace(w5, a=1, scale=10))
try: replace(w, b=3)
except ValueError as e: print('ValueError', e)
@dataclass
class NeedsInit:
    a: int
    s: InitVar[int]
    def __post_init__(self, s): self.a += s
try: replace(NeedsInit(1, 2), a=5)
except ValueError as e: print('ValueError', e)
print(replace(NeedsInit(1, 2), s=5))

@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1), KW.__match_args__)
try: KW(1)
except TypeError as e: print('TypeError', e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
    d: int = field(default=4, kw_only=False)
print(Mixed(1, 9, c=3), Mixed.__match_args__, Mixed.__doc__)
try: Mixed(1, 2, 3)
except TypeError as e: print('TypeError', e)

@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Derived(Base):
    z: int = 5
    x: int = 10
print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)], Derived.__match_args__)
class Plain(Base): pass
print(Plain(3), is_dataclass(Plain), is_dataclass(Plain(3)), is_dataclass(int), is_dataclass(Base))

@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = field(default_factory=list, hash=False, compare=True)
print(hash(Hashed(1)) == hash((1,)), Hashed(1) == Hashed(1, [1]))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass
class EqOnly:
    a: int
print(EqOnly.__hash__)
@dataclass(frozen=True)
class FrozenHash:
    a: int
print(hash(FrozenHash(3)) == hash((3,)))
@dataclass
class OwnRepr:
    a: int
    def __repr__(self): return 'mine'
    def __eq__(self, o): return True
print(OwnRepr(1), OwnRepr(1) == 5, OwnRepr.__hash__)
@dataclass(repr=False, init=False)
class Minimal:
    a: int = 3
print(Minimal().a, 'Minimal object' in repr(Minimal()), Minimal.__doc__)

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'b'
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try: s.c = 1
except AttributeError as e: print('AttributeError', e)
@dataclass(slots=True, frozen=True)
class SlottedFrozen:
    a: int
sf = SlottedFrozen(2)
print(sf, copy.deepcopy(sf), sf.__getstate__())
@dataclass(slots=True, weakref_slot=True)
class WeakSlotted:
    a: int
print(WeakSlotted.__slots__)

print('-- asdict / astuple')
@dataclass
class Inner:
    v: int
    tags: tuple = ()
@dataclass
class Outer:
    name: str
    inner: Inner
    lst: list
    mapping: dict
Pt = __import__('collections').namedtuple('Pt', 'x y')
o = Outer('o', Inner(1, ('a',)), [Inner(2), 3], {'k': Inner(3), 'p': Pt(1, Inner(4))})
print(asdict(o))
print(astuple(o))
print(asdict(o, dict_factory=lambda kv: sorted(kv)), astuple(Inner(5), tuple_factory=list))
d = asdict(o); print(d['lst'] is not o.lst)
for fn in (asdict, astuple, replace):
    try: fn(Outer)
    except TypeError as e: print('TypeError', e)
try: fields(3)
except TypeError as e: print('TypeError', e)

print('-- make_dataclass')
C = make_dataclass('C', ['a', ('b', int), ('c', list, field(default_factory=list)), ('d', str, 'dd')], namespace={'double': lambda self: self.b * 2}, frozen=True)
c = C(1, 2)
print(c, c.double(), C.__doc__, C.__module__ if False else '', fields(C)[0].type)
for bad in [['a', 'a'], ['class'], ['1x'], [('a', int, 1, 2)]]:
    try: make_dataclass('Bad', bad)
    except TypeError as e: print('TypeError', e)

print('-- definition errors')
def define(src):
    try:
        exec(src, {'dataclass': dataclass, 'field': field, 'KW_ONLY': KW_ONLY, 'ClassVar': ClassVar, 'InitVar': InitVar})
        print('ok')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
define('@dataclass\nclass A:\n    x: list = []')
define('@dataclass\nclass A:\n    x: dict = {}')
define('@dataclass\nclass A:\n    x: set = set()')
define('@dataclass\nclass A:\n    x: int = 1\n    y: int')
define('@dataclass\nclass A:\n    x: int = field(default=1, default_factory=int)')
define('@dataclass(order=True, eq=False)\nclass A:\n    x: int')
define('@dataclass\nclass A:\n    x = field(default=1)')
define('@dataclass\nclass A:\n    _: KW_ONLY\n    a: int\n    __: KW_ONLY')
define('@dataclass(order=True)\nclass A:\n    x: int\n    def __lt__(self, o): return True')
define('@dataclass(frozen=True)\nclass A:\n    x: int\n    def __setattr__(self, n, v): pass')
define('@dataclass(unsafe_hash=True)\nclass A:\n    x: int\n    def __hash__(self): return 1')
define('@dataclass(frozen=True)\nclass A:\n    x: int\n@dataclass\nclass B(A):\n    y: int = 0')
define('@dataclass\nclass A:\n    x: int\n@dataclass(frozen=True)\nclass B(A):\n    y: int = 0')
define('@dataclass\nclass A:\n    x: ClassVar[int] = field(default_factory=int)')
define('@dataclass\nclass A:\n    x: ClassVar[int] = field(default=1, kw_only=True)')
define('@dataclass(weakref_slot=True)\nclass A:\n    x: int')
define('@dataclass(slots=True)\nclass A:\n    __slots__ = ("x",)\n    x: int')
try: field(default=1, default_factory=list)
except ValueError as e: print('ValueError', e)

print('-- misc')
@dataclass
class Self_:
    self: int
    other: str = 'o'
print(Self_(1), Self_(self=2))
@dataclass
class Rec:
    name: str
    child: object = None
r = Rec('r'); r.child = r
print(r)
@dataclass
class Wide:
    alpha: list
    beta: dict
    gamma: str = 'g' * 30
pprint.pprint(Wide(list(range(25)), {'k%d' % i: i for i in range(6)}), width=40)
pprint.pprint([Point(1, 2)], width=5)
print(copy.copy(p), copy.deepcopy(o) == o, Point.__eq__(p, 1), InitVar[int], InitVar[List[int]], repr(dataclasses.KW_ONLY).startswith('<dataclasses._KW_ONLY_TYPE'))
print(dataclasses.__all__ if hasattr(dataclasses, '__all__') else None)
match Point(1, 2):
    case Point(1, y): print('matched y =', y)
@dataclass
class Defaults:
    f: float = 1.5
    s: str = "it's"
    t: tuple = (1, 'a')
    n: None = None
print(Defaults.__doc__, Defaults())
@dataclass
class Fwd:
    a: 'int'
    b: 'ClassVar[int]' = 3
    c: 'dataclasses.InitVar[int]' = 1
print([f.name for f in fields(Fwd)], Fwd.__doc__, Fwd(1))
class Desc:
    def __set_name__(self, owner, name): print('set_name', owner.__name__, name)
    def __get__(self, inst, owner): return 42 if inst else self
    def __set__(self, inst, value): print('set', value)
@dataclass
class UsesDesc:
    d: int = Desc()
u = UsesDesc(); u2 = UsesDesc(5)
print(u.d)
