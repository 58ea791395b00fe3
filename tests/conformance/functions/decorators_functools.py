# Decorators with functools.wraps preserving metadata; decorator with args; class decorator.
import functools
def trace(f):
    @functools.wraps(f)
    def w(*a, **k):
        print('call', f.__name__, a, k)
        return f(*a, **k)
    return w
@trace
def add(a, b):
    "adds"
    return a + b
print(add(1, b=2), add.__name__, add.__doc__, add.__wrapped__.__name__)
def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(x): return 'hi ' + x
print(hi('y'))
class CountCalls:
    def __init__(self, f):
        self.f = f; self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.f(*a)
@CountCalls
def sq(x): return x * x
print(sq(3), sq(4), sq.n)
