import typing as t
from typing import (Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Callable, Iterable, Iterator, Generator,
                    Sequence, Mapping, MutableMapping, Type, TypeVar, Generic, Protocol, runtime_checkable, NamedTuple,
                    TypedDict, Literal, Final, ClassVar, Annotated, cast, overload, no_type_check, get_type_hints,
                    TYPE_CHECKING, Awaitable, Coroutine, AsyncIterator, Deque, DefaultDict, Counter, OrderedDict, ChainMap,
                    Self, Never, NoReturn, ParamSpec, Concatenate, TypeAlias, IO, TextIO, BinaryIO, NewType, get_origin, get_args,
                    Hashable, Sized, AnyStr, Text, SupportsInt, ForwardRef, Required, NotRequired, TypeGuard, LiteralString)
import collections, collections.abc, sys

T = TypeVar('T'); K = TypeVar('K'); V = TypeVar('V')
T_co = TypeVar('T_co', covariant=True); T_contra = TypeVar('T_contra', contravariant=True)
N = TypeVar('N', int, float); B = TypeVar('B', bound=Hashable)
P = ParamSpec('P')
exprs = ['Any', 'Optional[int]', 'Optional[Union[int, str]]', 'Union[int, str]', 'Union[int]', 'Union[int, Union[str, int]]', 'Union[None, int]',
         'Union[int, None, str]', 'List', 'List[int]', 'Dict[str, int]', 'Set[int]', 'FrozenSet[str]', 'Tuple', 'Tuple[int, str]', 'Tuple[int, ...]', 'Tuple[()]',
         'Callable', 'Callable[[int], str]', 'Callable[..., int]', 'Callable[[], None]', 'Callable[[int, str], List[int]]', 'Callable[P, int]',
         'Callable[Concatenate[int, P], int]', 'Iterable[int]', 'Iterator[str]', 'Generator[int, None, None]', 'Sequence[int]', 'Mapping[str, int]',
         'MutableMapping[str, List[int]]', 'Type', 'Type[int]', 'T', 'T_co', 'T_contra', 'N', 'B', 'P', 'P.args', 'P.kwargs', 'Generic', 'Protocol',
         'Literal[1, "a", 1, True]', 'Literal[Literal[1, 2], 3]', 'Final', 'Final[int]', 'ClassVar[int]', 'Annotated[int, "meta", 3]',
         'Annotated[Annotated[int, 1], 2]', 'Awaitable[int]', 'Coroutine[Any, Any, int]', 'AsyncIterator[bytes]', 'Deque[int]',
         'DefaultDict[str, int]', 'Counter[str]', 'OrderedDict[str, int]', 'ChainMap[str, int]', 'Self', 'Never', 'NoReturn', 'TypeAlias',
         'Concatenate', 'IO', 'TextIO', 'BinaryIO', 'IO[str]', 'Hashable', 'Sized', 'AnyStr', 'Text', 'SupportsInt', 'ForwardRef("X")',
         'List["X"]', 'Optional["Node"]', 'Dict[str, T]', 'Dict[str, T][int]', 'Dict[K, V][str, List[int]]', 'List[T][Optional[int]]',
         'Union[int, List[int]]', 'List[Optional[Dict[str, Any]]]', 'Union[int, list[int]]', 'list[int] | None', 'Optional[int] | str',
         'int | Optional[str]', 'T | None', 'Required[int]', 'NotRequired[str]', 'TypeGuard[int]', 'LiteralString', 'Union[int, "str"]',
         't.Pattern', 't.Pattern[str]', 't.ContextManager[int]', 't.AbstractSet[int]', 'Callable[[int], T][str]', 'Tuple[T, ...][int]']
for e in exprs:
    try: print(e, '=>', repr(eval(e)))
    except Exception as x: print(e, '!!', type(x).__name__, x)

print('-- errors')
for e in ['List[int, str]', 'Dict[str]', 'Union[()]', 'Union[int, 3]', 'Optional[int, str]', 'Callable[int]', 'Callable[[int], 3]', 'ClassVar[int, str]',
          'Annotated[int]', 'Generic[int]', 'Generic[T, T]', 'TypeVar("X", int)', 'TypeVar("X", covariant=True, contravariant=True)',
          'TypeVar("X", int, str, bound=int)', 'List[int][str]', 'Any()', 'NoReturn()', 'Optional()', 'isinstance(1, List[int])',
          'isinstance(1, Any)', 'isinstance(1, Union)', 'issubclass(int, Optional)', 'Literal', 'Final[int, str]', 'Dict[str, T][int, int]',
          'type("X", (Union,), {})', 'NoReturn[int]', 'Concatenate[int]', 'Generic[T][int]']:
    try: print(e, '=>', repr(eval(e)))
    except Exception as x: print(e, '!!', type(x).__name__, x)

print('-- equality, origin, args')
print(Optional[int] == Union[int, None] == Union[None, int], Union[int, str] == Union[str, int], Union[int, str] == (int | str), List[int] == List[int], List[int] == list[int],
      Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], hash(List[int]) == hash(List[int]), Union[int, str] in {Union[str, int]})
for tp in [List[int], Dict[str, int], Union[int, str], Optional[int], Callable[[int], str], Callable[..., str], Annotated[int, 'x'], Literal[1, 2],
           Tuple[int, ...], Tuple[()], int | str, list[int], Generic, List, int, ClassVar[int], P.args, Final[str], T]:
    print(repr(tp), get_origin(tp), get_args(tp))
print(isinstance([], List), isinstance({}, Dict), issubclass(list, Sequence), isinstance((1,), Tuple), isinstance(len, Callable), isinstance(1, Hashable), issubclass(dict, Mapping), isinstance(3, Union[int, str]), isinstance(None, Optional[int]))
print(List.__origin__, Dict[str, int].__origin__, Dict[str, int].__args__, Dict[str, T].__parameters__, Callable[[int], str].__args__, List[int].__parameters__, Union[T, int].__parameters__)
print(Deque[int]([1, 2]), DefaultDict[str, int](int), Counter[str]('aab'))
try: List()
except TypeError as e: print('TypeError', e)

print('-- Generic')
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
    def get(self) -> T: return self.item
class Pair(Generic[K, V]):
    pass
class IntBox(Box[int]): pass
class Sub(Box[T], Pair[str, V]): pass
print(Box.__parameters__, Pair.__parameters__, IntBox.__parameters__, Sub.__parameters__, Box[int], Pair[str, int], Box[List[int]], repr(Box[T]), Sub[int, str])
b = Box[int](3)
print(b.get(), b.__orig_class__, type(b).__name__, Box.__mro__, IntBox.__orig_bases__, IntBox.__mro__)
print(Box[int] == Box[int], Box[int] == Box[str], get_origin(Box[int]), get_args(Pair[str, int]))
for src in ['class Bad(Generic[T], Generic[K]): pass', 'class Bad2(List[T], Generic[K]): pass', 'class Bad3(Generic): pass', 'Box[int, str]', 'Box[int][str]', 'IntBox[int]']:
    try: exec(src); print(src, 'ok')
    except TypeError as e: print(src, '!!', e)
class MyList(List[int]): pass
print(MyList.__mro__, MyList([1, 2]), MyList.__orig_bases__)
class MyDict(Dict[str, T]): pass
print(MyDict.__parameters__, MyDict[int], MyDict.__mro__)

print('-- Protocol')
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class HasName(Protocol):
    name: str
@runtime_checkable
class Sized2(Protocol):
    size: int
    def length(self) -> int: ...
class F:
    def close(self): pass
class G:
    size = 3
    def length(self): return 1
print(isinstance(F(), Closable), isinstance(1, Closable), issubclass(F, Closable), isinstance(G(), Sized2), isinstance(F(), Sized2), Closable.__parameters__)
try: isinstance(F(), HasName)
except TypeError as e: print('TypeError', e)
try: issubclass(G, Sized2)
except TypeError as e: print('TypeError', e)
try: Closable()
except TypeError as e: print('TypeError', e)
try: runtime_checkable(F)
except TypeError as e: print('TypeError', e)
class Impl(Closable):
    def __init__(self, x): self.x = x
print(Impl(5).x, isinstance(Impl(1), Closable))
class GP(Protocol[T]):
    def get(self) -> T: ...
print(GP.__parameters__, GP[int], isinstance(3, SupportsInt), isinstance('3', SupportsInt), isinstance(3.5, t.SupportsRound))
try:
    class BadProto(Protocol, F): pass
except TypeError as e: print('TypeError', e)

print('-- NamedTuple')
class Employee(NamedTuple):
    name: str
    id: int = 3
    tags: List[str] = []
    def describe(self): return f'{self.name}#{self.id}'
e = Employee('Guido')
print(e, e.describe(), Employee._fields, Employee._field_defaults, Employee.__annotations__, e._replace(id=5), e._asdict(), isinstance(e, tuple), Employee.__mro__)
E2 = NamedTuple('E2', [('a', int), ('b', str)])
E3 = NamedTuple('E3', x=int, y=float)
print(E2(1, 'x'), E2.__annotations__, E3(1, 2.0), E3.__module__, Employee.__module__)
for src in ['class NT(NamedTuple):\n    a: int = 1\n    b: int', 'class NT(NamedTuple):\n    _fields = 1\n    a: int', 'class NT(NamedTuple, dict): pass']:
    try: exec(src); print('ok')
    except (TypeError, AttributeError) as x: print(type(x).__name__, x)
class GNT(NamedTuple, Generic[T]):
    item: T
print(GNT(1), GNT[int], GNT.__parameters__)

print('-- TypedDict')
class Movie(TypedDict):
    name: str
    year: int
class Partial(TypedDict, total=False):
    rating: float
class Full(Movie, Partial):
    director: NotRequired[str]
    studio: Required[str]
m = Movie(name='Blade Runner', year=1982)
print(m, type(m), Movie.__annotations__, Movie.__total__, Partial.__total__, sorted(Full.__required_keys__), sorted(Full.__optional_keys__), Movie.__mro__, t.is_typeddict(Movie), t.is_typeddict(dict))
M2 = TypedDict('M2', {'a': int, 'b': 'str'}, total=False)
print(M2(a=1), M2.__annotations__, M2.__total__, M2.__module__)
try: isinstance(m, Movie)
except TypeError as e: print('TypeError', e)

print('-- misc functions')
print(cast(int, 'x'), cast('List[int]', 5), TYPE_CHECKING)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(2), len(t.get_overloads(f)))
try: t.get_overloads(f)[0](1)
except NotImplementedError as e: print('NotImplementedError', e)
@no_type_check
def g(x: 'undefined'): pass
print(g.__no_type_check__, get_type_hints(g))
UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, type(UserId(5)))
try:
    class Bad(UserId): pass
except TypeError as e: print('TypeError', e)
class Node:
    value: int
    next: Optional['Node'] = None
    meta: Annotated[str, 'doc']
    cv: ClassVar[int] = 1
def func(a: int, b: 'List[Node]' = None, *args: str, c: 'Optional[int]' = 0, **kw: float) -> 'Node': pass
print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True))
print(get_type_hints(func))
class Child(Node):
    extra: 'Dict[str, Node]'
print(get_type_hints(Child))
print(get_type_hints(sys.modules[__name__]) if hasattr(sys.modules[__name__], '__annotations__') else {})
x_var: 'int' = 5
print(t.final(Node) is Node, Node.__final__, t.assert_type(3, int), t.Text is str, t.AnyStr.__constraints__, T.__name__, N.__constraints__, B.__bound__, T_co.__covariant__)
try: t.assert_never(3)
except AssertionError as e: print('AssertionError', e)
print(sorted(n for n in ['Any', 'List', 'Protocol', 'TypedDict', 'cast', 'overload'] if n in t.__all__))
print(List[int].__name__ if hasattr(List[int], '__name__') else '', List.__name__, Union[int, str].__name__ if False else '', Callable.__origin__, Tuple.__origin__)
import copy, pickle
print(copy.copy(List[int]) == List[int], copy.deepcopy(T) is T, pickle.loads(pickle.dumps(List[int])), pickle.loads(pickle.dumps(Optional[int])), pickle.loads(pickle.dumps(T)))
