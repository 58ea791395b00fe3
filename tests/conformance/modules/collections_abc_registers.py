# collections.abc checks on builtin types and user classes implementing the protocols.
from collections.abc import Iterable, Iterator, Generator, Sequence, MutableSequence, Mapping, MutableMapping, Set, Callable, Hashable, Container, Sized, Reversible
print([isinstance(x, Iterable) for x in ([], (), '', {}, set(), 5, iter([]))])
print(isinstance(iter([]), Iterator), isinstance((x for x in []), Generator), isinstance([], Iterator))
print(isinstance([], MutableSequence), isinstance((), MutableSequence), isinstance({}, MutableMapping), isinstance(frozenset(), Set))
print(isinstance(len, Callable), isinstance([], Hashable), isinstance('', Container), isinstance({}, Reversible))
class Bag:
    def __len__(self): return 0
    def __iter__(self): return iter([])
    def __contains__(self, x): return False
print(isinstance(Bag(), Sized), isinstance(Bag(), Iterable), isinstance(Bag(), Container), isinstance(Bag(), Sequence))
