# __call__ on instances and classes defining it, with all argument kinds.
class F:
    def __call__(self, a, *args, k=0, **kw):
        return a, args, k, kw
f = F()
print(f(1), f(1, 2, k=3, z=4))
class Memo:
    def __init__(self, fn): self.fn = fn; self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
