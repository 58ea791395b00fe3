# enum.Enum: members, value/name, iteration, lookup by value and name, identity, repr.
from enum import Enum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'])
print(list(Color), len(Color), Color.RED is Color(1), Color.RED == 1, isinstance(Color.GREEN, Color))
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError', e)
class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    ALIAS = 1
print(list(Shape), Shape.ALIAS, Shape.__members__.keys())
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
print({Color.RED: 'r'}[Color.RED], Color.RED.__class__.__name__, f'{Color.GREEN}')
