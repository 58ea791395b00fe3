# itertools.count, cycle, repeat with islice.
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 2.5), 4)), list(islice(count(5, -1), 3)))
print(list(islice(cycle('ab'), 5)), list(repeat('x', 3)), list(islice(repeat(0), 2)))
print(list(map(pow, range(5), repeat(2))))
print(list(islice('abcdefg', 2, None, 2)), list(islice(range(10), 3, 8)))
try:
    islice('abc', -1)
except ValueError as e:
    print(e)
