# queue.SimpleQueue: unbounded FIFO without task tracking; get(timeout) and Empty.
import queue
import threading

q = queue.SimpleQueue()
print(q.empty(), q.qsize())
q.put(1)
q.put(2, block=False)
q.put(3, timeout=5)
q.put_nowait(4)
print(q.qsize(), q.empty())
print(q.get(), q.get(block=False), q.get(timeout=1), q.get_nowait())
for call in (q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0.01), lambda: q.get(True, 0)):
    try:
        call()
    except queue.Empty:
        print('Empty')
try:
    q.get(timeout=-1)
except ValueError as e:
    print('ValueError', e)
print(hasattr(q, 'task_done'), hasattr(q, 'join'), hasattr(q, 'maxsize'))

# A consumer blocked in get() is woken by put() from another thread.
got = []
started = threading.Event()


def consumer():
    started.set()
    got.append(q.get())
    got.append(q.get(timeout=10))


t = threading.Thread(target=consumer)
t.start()
started.wait()
q.put('first')
q.put('second')
t.join()
print(got)

# Several producers; the consumer gets everything.
def producer(k):
    for i in range(5):
        q.put((k, i))


ps = [threading.Thread(target=producer, args=(k,)) for k in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
items = [q.get() for _ in range(15)]
print(sorted(items) == [(k, i) for k in range(3) for i in range(5)])
print([i for k, i in items if k == 1])
print(q.empty())
