# An inventory system with dataclasses, sorting and JSON export.
from dataclasses import dataclass, asdict, field
import json
@dataclass(order=True)
class Product:
    sort_key: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    def __post_init__(self):
        self.sort_key = self.price
    @property
    def value(self):
        return self.price * self.qty
inv = [Product('bolt', 0.25, 400), Product('hammer', 12.5, 3), Product('saw', 20.0, 2), Product('nail', 0.05, 1000)]
for p in sorted(inv):
    print(p, p.value)
print(sum(p.value for p in inv))
print(json.dumps([{k: v for k, v in asdict(p).items() if k != 'sort_key'} for p in inv[:2]], indent=1))
