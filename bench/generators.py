# Benchmark: generator pipelines (yield, next, generator expressions, sum over generators).
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def squares(src):
    for x in src:
        yield x * x

def windows(src):
    prev = None
    for x in src:
        if prev is not None:
            yield x - prev
        prev = x

def main(n):
    a = sum(squares(evens(numbers(n))))
    b = sum(windows(numbers(n // 2)))
    c = sum(x % 11 for x in numbers(n) if x & 1)
    return (a + b + c) % 1000000007

print(main(3000000))
