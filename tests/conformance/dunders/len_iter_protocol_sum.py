# Builtins using dunders: sum/min/max/sorted/any/all over a custom iterable.
class Evens:
    def __init__(self, n): self.n = n
    def __iter__(self): return (i for i in range(0, self.n, 2))
    def __len__(self): return (self.n + 1) // 2
e = Evens(10)
print(len(e), sum(e), min(e), max(e), sorted(e, reverse=True), any(e), all(e), list(enumerate(e))[:2])
