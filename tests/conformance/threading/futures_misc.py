# ThreadPoolExecutor odds and ends: map over a generator and unequal iterables, an error
# midway through map, FIRST_EXCEPTION with a failed future already done, nested
# executors, shutdown inside the with block; a PriorityQueue fed by threads; timeouts.
import threading, queue, time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION, ALL_COMPLETED
import concurrent.futures as cf
# map with generator input, unequal lengths
with ThreadPoolExecutor(3) as ex:
    print(list(ex.map(lambda a, b: a * b, (i for i in range(5)), [10, 20, 30])))
    it = ex.map(str, [])
    print(next(it, 'empty'))
    r = ex.map(lambda x: 1 / x, [1, 0, 2])
    print(next(r))
    try:
        next(r)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
    # a done future among pending: wait FIRST_EXCEPTION returns at once if done has an exception
    bad = ex.submit(lambda: 1 / 0)
    bad.exception()
    g = threading.Event()
    slow = ex.submit(g.wait)
    d, nd = wait([bad, slow], return_when=FIRST_EXCEPTION)
    print(len(d), len(nd))
    g.set()
    print(len(wait([bad, slow], timeout=None, return_when=ALL_COMPLETED).done))
print(cf.ThreadPoolExecutor.__mro__[1].__name__)
ex = ThreadPoolExecutor(max_workers=2, thread_name_prefix='tp')
print(ex.submit(lambda: threading.current_thread().name).result())
ex.shutdown(wait=True, cancel_futures=True)
# shutdown inside a with-block, then leaving it
with ThreadPoolExecutor(1) as ex:
    ex.shutdown()
print('ok')
# Queue maxsize changes? PriorityQueue with threads
pq = queue.PriorityQueue()
def prod(k):
    for i in range(3): pq.put((i, k))
ts = [threading.Thread(target=prod, args=(k,)) for k in 'ab']
[t.start() for t in ts]; [t.join() for t in ts]
print([pq.get() for _ in range(6)])
# Event clear while waiters... Condition wait returns after notify with timeout
c = threading.Condition()
res = []
ready = threading.Event()
def w():
    with c:
        ready.set()
        res.append(c.wait(10))
t = threading.Thread(target=w); t.start(); ready.wait()
with c: c.notify()
t.join(); print(res)
print(threading.Lock().acquire(blocking=True, timeout=-1))
try:
    threading.Lock().acquire(blocking=False, timeout=-1)
    print('no error')
except ValueError as e:
    print('ValueError', e)
print(threading.RLock().acquire(False, -1))
