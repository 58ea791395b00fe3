# collections.deque shared by threads without a lock, as python3 allows: each append and
# popleft is atomic (CPython's deque is C code), so four producers lose no item and two
# consumers take each item exactly once. Switches are made as frequent as they can be.
import sys
import threading
from collections import deque

sys.setswitchinterval(1e-6)
d = deque()
N = 3000


def producer(k):
    for i in range(N):
        d.append(k * N + i)


def consumer(out):
    got = []
    while len(got) < 2 * N:
        try:
            got.append(d.popleft())
        except IndexError:
            pass
    out.extend(got)


ps = [threading.Thread(target=producer, args=(k,)) for k in range(4)]
for t in ps:
    t.start()
for t in ps:
    t.join()
print(len(d), sorted(d) == list(range(4 * N)))

out = []
cs = [threading.Thread(target=consumer, args=(out,)) for _ in range(2)]
for t in cs:
    t.start()
for t in cs:
    t.join()
print(len(out), sorted(out) == list(range(4 * N)), len(d))

# appendleft and pop from the other end at once, with a maxlen that drops from the far side.
r = deque(maxlen=100)


def left(k):
    for i in range(2000):
        r.appendleft(i)


ts = [threading.Thread(target=left, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(r), r.maxlen, all(isinstance(x, int) for x in r))
