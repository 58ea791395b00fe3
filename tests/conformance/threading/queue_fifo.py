# queue.Queue: FIFO order, qsize/empty/full, maxsize, the non-blocking and timed forms,
# Empty and Full.
import queue

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full())
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(5)])
try:
    q.get_nowait()
except queue.Empty as e:
    print('Empty', repr(e))
try:
    q.get(block=False)
except queue.Empty:
    print('Empty (block=False)')
try:
    q.get(timeout=0.01)
except queue.Empty:
    print('Empty (timeout)')
try:
    q.get(True, 0)
except queue.Empty:
    print('Empty (timeout 0)')

b = queue.Queue(maxsize=2)
b.put('a')
b.put_nowait('b')
print(b.qsize(), b.full())
for call in (lambda: b.put_nowait('c'), lambda: b.put('c', block=False),
             lambda: b.put('c', timeout=0.01), lambda: b.put('c', True, 0)):
    try:
        call()
    except queue.Full as e:
        print('Full', repr(e))
print(b.get(), b.full(), b.get_nowait(), b.empty())

for call in (lambda: q.get(timeout=-1), lambda: b.put(1, timeout=-1)):
    try:
        b.put(0)
        b.put(0)
        call()
    except ValueError as e:
        print('ValueError', e)
    while not b.empty():
        b.get()

# maxsize <= 0 is unbounded.
u = queue.Queue(-3)
for i in range(100):
    u.put_nowait(i)
print(u.qsize(), u.full())

print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Empty.__name__, queue.Full.__name__)
print(sorted(queue.__all__))
print(queue.Queue[int] is queue.Queue or queue.Queue[int].__origin__ is queue.Queue)

# Any objects, None included.
q.put(None)
q.put([1, 2])
q.put({'k': 'v'})
print(q.get(), q.get(), q.get())
print(q.unfinished_tasks)
