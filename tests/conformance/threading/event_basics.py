# threading.Event: set/clear/is_set, wait with and without timeout, several waiters woken
# by one set().
import re
import threading

e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.01), e.wait(timeout=0))
e.set()
print(e.is_set(), e.wait(), e.wait(0), e.wait(5))
e.set()
e.clear()
print(e.is_set())
e.clear()
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(e)))
e.set()
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(e)))
e.clear()

results = []
lock = threading.Lock()
waiting = threading.Semaphore(0)


def waiter(i):
    waiting.release()
    r = e.wait()
    with lock:
        results.append((i, r))


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for _ in ts:
    waiting.acquire()
print('before set:', results)
e.set()
for t in ts:
    t.join()
print(sorted(results))

# wait(timeout) in a thread: True when set in time, False when not.
e2 = threading.Event()
out = []
t = threading.Thread(target=lambda: out.append(e2.wait(0.02)))
t.start()
t.join()
t = threading.Thread(target=lambda: out.append(e2.wait(10)))
t.start()
e2.set()
t.join()
print(out)

import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(e2.isSet())
print([x.category.__name__ for x in w])
