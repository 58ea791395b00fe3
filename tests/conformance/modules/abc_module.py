# abc: ABC and abstractmethod prevent instantiation; register; abstract properties.
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self): return f'{self.name}: {self.area()}'
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return 'square'
print(Sq(3).describe())
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self): return 0
try:
    Half()
except TypeError as e:
    print(e)
class Other: pass
Shape.register(Other)
print(isinstance(Other(), Shape), issubclass(Other, Shape), sorted(Shape.__abstractmethods__))
from collections.abc import Sequence, Mapping, Iterable, Hashable, Sized
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance('x', Iterable), isinstance([], Hashable), isinstance(set(), Sized))
