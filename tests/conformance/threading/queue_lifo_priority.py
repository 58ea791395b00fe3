# LifoQueue and PriorityQueue: the same interface, their own order.
import queue

lq = queue.LifoQueue()
for x in 'abcde':
    lq.put(x)
print(lq.qsize(), ''.join(lq.get() for _ in range(5)), lq.empty())
lq = queue.LifoQueue(maxsize=1)
lq.put(1)
try:
    lq.put_nowait(2)
except queue.Full:
    print('LifoQueue Full')

pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'aa'), (5, 'e')]:
    pq.put(item)
print([pq.get() for _ in range(5)])
for n in [9, 4, 7, 1, 8, 2]:
    pq.put_nowait(n)
print([pq.get_nowait() for _ in range(6)])
try:
    pq.get_nowait()
except queue.Empty:
    print('PriorityQueue Empty')

# Items that cannot be compared fail in put().
pq.put((1, 'x'))
try:
    pq.put((1, {'no': 'order'}))
    pq.put((1, {'no': 'other'}))
except TypeError as e:
    print('TypeError', e)


class Job:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def __lt__(self, other):
        return self.prio < other.prio


pq = queue.PriorityQueue()
for p, n in [(2, 'two'), (0, 'zero'), (1, 'one')]:
    pq.put(Job(p, n))
print([pq.get().name for _ in range(3)])
print(isinstance(pq, queue.Queue), isinstance(lq, queue.Queue))
print(type(queue.PriorityQueue().queue).__name__, type(queue.LifoQueue().queue).__name__,
      type(queue.Queue().queue).__name__)
