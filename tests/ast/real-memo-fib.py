from functools import lru_cache, reduce
import operator

@lru_cache(maxsize=None)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def fact(n):
    return reduce(operator.mul, range(1, n + 1), 1)

def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

print([fib(i) for i in range(15)])
print(fact(20), 2 ** 100, -7 // 2, -7 % 2, 7 / 2)
print(max(range(1, 30), key=collatz))
