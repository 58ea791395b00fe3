# typing: annotations with typing constructs never fail; get_type_hints; TypeVar/Generic/Protocol basics.
from typing import List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Generic, Iterable, Iterator, Sequence, Protocol, NamedTuple, TypedDict, Literal, Final, ClassVar, cast, get_type_hints, TYPE_CHECKING
T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        return self.items.pop()
s: Stack[int] = Stack()
s.push(1)
print(s.pop(), TYPE_CHECKING)
def f(a: Optional[int] = None, b: Union[int, str] = 1, c: Callable[[int], str] = str) -> Dict[str, Any]:
    return {'a': a, 'b': b, 'c': c(3)}
print(f(), sorted(get_type_hints(f)))
class Emp(NamedTuple):
    name: str
    id: int = 0
print(Emp('x'), Emp._fields)
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {'title': 'T', 'year': 1}
print(m, cast(int, 'not checked'))
class Greeter(Protocol):
    def greet(self) -> str: ...
mode: Literal['r', 'w'] = 'r'
MAX: Final = 10
print(mode, MAX, Optional[int] == Union[int, None])
