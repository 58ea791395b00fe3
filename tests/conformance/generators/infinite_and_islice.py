# Infinite generators consumed partially, and interaction with zip/next.
import itertools
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 15)))
print(list(zip('abc', fib())))
f = fib()
print([next(f) for _ in range(5)], next(f))
