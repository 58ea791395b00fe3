# itertools.takewhile, dropwhile, filterfalse, compress, tee, batched-like recipes.
from itertools import takewhile, dropwhile, filterfalse, compress, tee, islice
nums = [1, 3, 5, 6, 7, 2]
print(list(takewhile(lambda x: x % 2, nums)), list(dropwhile(lambda x: x % 2, nums)))
print(list(filterfalse(lambda x: x > 3, nums)), list(compress('abcdef', [1, 0, 1, 0, 1, 1])))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
def chunks(it, n):
    it = iter(it)
    while (c := list(islice(it, n))):
        yield c
print(list(chunks(range(7), 3)))
