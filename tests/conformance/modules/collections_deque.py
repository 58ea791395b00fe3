# collections.deque: appends/pops on both ends, maxlen, rotate, indexing, repr.
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d, len(d), d[0], d[-1])
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
m = deque(maxlen=3)
for i in range(5):
    m.append(i)
print(m, m.maxlen)
print(deque('abc').count('a'), deque([1, 2, 1]).index(1, 1), list(reversed(deque([1, 2]))))
try:
    deque().pop()
except IndexError as e:
    print(e)
d.clear(); d.insert(0, 'x'); d.remove('x')
print(d, deque([1]) == deque([1]))
