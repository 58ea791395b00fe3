# Zero and negative timeouts on every primitive: they return (or raise) at once.
import queue
import threading
from concurrent.futures import Future, TimeoutError, wait, as_completed

lock = threading.Lock()
lock.acquire()
print('Lock', lock.acquire(timeout=0), lock.acquire(True, 0.0))
r = threading.RLock()
t = threading.Thread(target=r.acquire)
t.start()
t.join()
print('RLock', r.acquire(timeout=0), r.acquire(False))
c = threading.Condition()
with c:
    print('Condition', c.wait(0), c.wait(-1), c.wait_for(lambda: False, 0), c.wait_for(lambda: False, -1))
e = threading.Event()
print('Event', e.wait(0), e.wait(-1), e.wait(0.0))
s = threading.Semaphore(0)
print('Semaphore', s.acquire(timeout=0), s.acquire(timeout=-1), s.acquire(True, 0))
b = threading.Barrier(2)
for timeout in (0, -1):
    try:
        b.wait(timeout)
    except threading.BrokenBarrierError:
        print('Barrier', timeout, 'broken:', b.broken)
    b.reset()
q = queue.Queue(1)
for call in (lambda: q.get(timeout=0), lambda: q.get(True, 0.0)):
    try:
        call()
    except queue.Empty:
        print('Queue.get Empty')
q.put(1)
try:
    q.put(2, timeout=0)
except queue.Full:
    print('Queue.put Full')
sq = queue.SimpleQueue()
try:
    sq.get(timeout=0)
except queue.Empty:
    print('SimpleQueue.get Empty')
f = Future()
for call in (lambda: f.result(0), lambda: f.exception(0), lambda: f.result(-1)):
    try:
        call()
    except TimeoutError:
        print('Future TimeoutError')
done, not_done = wait([f], timeout=0)
print('wait', len(done), len(not_done))
try:
    for x in as_completed([f], timeout=0):
        pass
except TimeoutError as e:
    print('as_completed', e)
g = threading.Thread(target=lambda: None)
g.start()
g.join(-5)
g.join()
print('join negative ok')
