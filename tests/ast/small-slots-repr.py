class P:
    __slots__ = "x", "y"
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return f"P({self.x}, {self.y})"
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
print(sorted([P(2, 1), P(1, 2)]))
