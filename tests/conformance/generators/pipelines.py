# Generator pipelines: chained generators processing a stream lazily.
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squares(src):
    for x in src:
        yield x * x
def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x
print(list(take(6, squares(evens(numbers())))))
lines = ['a 1', 'b 2', '# c', 'd 4']
parsed = (l.split() for l in lines if not l.startswith('#'))
print(sum(int(v) for _, v in parsed))
