# Return values of yield from on generators and on iterators without return values.
def child(n):
    for i in range(n):
        yield i
    return n * 100
def parent():
    a = yield from child(2)
    b = yield from [7, 8]
    c = yield from child(0)
    return a, b, c
g = parent()
vals = []
try:
    while True:
        vals.append(next(g))
except StopIteration as e:
    print(vals, e.value)
