from dataclasses import dataclass, field
from typing import Optional


@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    quantity: int = 0
    tags: list[str] = field(default_factory=list)
    note: Optional[str] = None

    def __post_init__(self):
        self.sort_index = self.price * self.quantity

    @property
    def total(self) -> float:
        return self.price * self.quantity


class Inventory:
    def __init__(self, items=()):
        self.items = {item.name: item for item in items}

    def add(self, item: Item) -> None:
        if item.name in self.items:
            raise KeyError(f"duplicate item {item.name!r}")
        self.items[item.name] = item

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        yield from sorted(self.items.values())

    def value(self) -> float:
        return sum(i.total for i in self)


inv = Inventory([Item("apple", 0.5, 10), Item("pear", 0.75, 4, ["fruit"])])
inv.add(Item("plum", 1.25, quantity=2))
print(len(inv), round(inv.value(), 2))
