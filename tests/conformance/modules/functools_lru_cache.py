# functools.lru_cache and cache: memoization, cache_info, cache_clear, maxsize eviction.
from functools import lru_cache, cache
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print('computing', x)
    return x * x
sq(1); sq(2); sq(1); sq(3); sq(2)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
@cache
def fact(n): return 1 if n < 2 else n * fact(n - 1)
print(fact(30), fact.cache_info().currsize)
