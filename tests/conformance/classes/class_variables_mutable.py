# Mutable class attributes shared between instances; instance attribute shadows.
class Bag:
    items = []
    def add(self, x): self.items.append(x)
a, b = Bag(), Bag()
a.add(1); b.add(2)
print(a.items, b.items, Bag.items)
class Bag2:
    def __init__(self): self.items = []
    def add(self, x): self.items.append(x)
a, b = Bag2(), Bag2()
a.add(1); b.add(2)
print(a.items, b.items)
