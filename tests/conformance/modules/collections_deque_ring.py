# collections.deque beyond the basics: maxlen at both ends, rotation, indexing with negative
# and bool indices, insert/remove/del in the middle, growth past many capacities, mutation
# during iteration, re-initialisation, copies and the errors python3 raises.
from collections import deque

d = deque(range(5), maxlen=5)
d.append(5)
d.appendleft(-1)
print(d, d.maxlen, len(d))
d.extend([7, 8])
d.extendleft([10, 11])
print(d)

z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
z.extend(range(3))
print(z, len(z), bool(z))

r = deque(range(10))
for n in (1, -1, 3, -13, 0, 25, 10):
    r.rotate(n)
    print(n, list(r))
r.rotate()
print(r[0], r[-1], r[True], r[False])
r[-2] = 'x'
r[0] = 'y'
del r[3]
del r[-1]
print(r)
r.insert(2, 'in')
r.insert(-100, 'front')
r.insert(100, 'back')
print(r, r.index('in'), r.count('x'))
r.remove('x')
print(r)
r.reverse()
print(r, list(reversed(r)))

big = deque()
for i in range(1000):
    if i % 3:
        big.append(i)
    else:
        big.appendleft(i)
    if i % 7 == 0 and len(big) > 1:
        big.popleft()
    if i % 11 == 0 and len(big) > 1:
        big.pop()
print(len(big), sum(big), big[0], big[-1], big[len(big) // 2])
while len(big) > 3:
    big.popleft()
    big.pop()
print(big)

for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1])[-2], lambda: deque([1]).__setitem__(3, 0),
            lambda: deque([1]).__delitem__(3), lambda: deque([1])['a'],
            lambda: deque([1])[1:2], lambda: deque([1], maxlen=1).insert(0, 2),
            lambda: deque([1]).remove(9), lambda: deque([1]).index(9),
            lambda: deque([1, 2]).rotate(1.5), lambda: deque(maxlen=-1),
            lambda: deque(maxlen='3')):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

m = deque([1, 2, 3])
try:
    for x in m:
        m.append(x)
except RuntimeError as e:
    print('RuntimeError', e)
print(m)

s = deque([1, 2, 3])
s.extend(s)
s.extendleft(s)
print(s)
s.__init__([9])
print(s)
s.__init__(s)
print(s)

c = deque([1, 2], maxlen=3)
c2 = c.copy()
c2.append(3)
c2.append(4)
print(c, c2, c2.maxlen)
print(c + deque([5]), c * 2, 2 * c)
c += [7, 8]
print(c)
c *= 2
print(c)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) != [1])
print(deque('abc'), deque(iter('xy')), 'b' in deque('abc'), 'z' in deque('abc'))


class Q(deque):
    pass


q = Q([1, 2], maxlen=4)
q.appendleft(0)
print(q, type(q.copy()).__name__)


# remove() compares with ==, which may mutate the deque: python3 stops with IndexError.
class Meddler:
    def __eq__(self, other):
        md.append(1)
        return False


md = deque([Meddler(), 2])
try:
    md.remove(2)
except IndexError as e:
    print('IndexError', e)
