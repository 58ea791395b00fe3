# Iterator protocol: __iter__ returning self, __next__, StopIteration, iter(callable, sentinel).
class Count:
    def __init__(self, n): self.i = 0; self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
c = Count(3)
print(list(c), list(c))
print([x * 2 for x in Count(4)], sum(Count(10)))
a, b, cc = Count(3)
print(a, b, cc)
vals = iter([1, 2, 3, 0, 5])
print(list(iter(lambda: next(vals), 0)))
class NotIter: pass
try:
    iter(NotIter())
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
