from typing import Generic, TypeVar, Protocol, Callable
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def map(self, f: Callable[[T], T]) -> "Box[T]":
        return Box(f(self.item))
class HasLen(Protocol):
    def __len__(self) -> int: ...
