# dataclasses: generated __init__/__repr__/__eq__, defaults, default_factory, fields.
from dataclasses import dataclass, field, fields, asdict, astuple, replace
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default='s', repr=False, compare=False)
a = Item('pen', 1.5)
b = Item('pen', 1.5, secret='other')
a.tags.append('x')
print(a, a == b, a.tags, b.tags)
print([f.name for f in fields(Item)], asdict(a), astuple(a))
print(replace(a, price=2.0))
try:
    Item()
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print(type(e).__name__, e)
