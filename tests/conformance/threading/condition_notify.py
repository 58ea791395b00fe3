# Condition: wait() releases the lock until notify(); wait(timeout) returns False when
# nobody notifies; wait/notify without the lock raise RuntimeError.
import threading

cond = threading.Condition()
items = []
log = []


arrived = threading.Event()


def consumer():
    with cond:
        arrived.set()
        while not items:
            cond.wait()
        log.append(('got', items.pop(0)))


t = threading.Thread(target=consumer)
t.start()
arrived.wait()
# The consumer holds the lock until wait() releases it.
with cond:
    items.append('apple')
    cond.notify()
t.join()
print(log)

with cond:
    print('timed wait:', cond.wait(0.02))
    print('zero wait:', cond.wait(0))

try:
    cond.wait()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    cond.notify_all()
except RuntimeError as e:
    print('RuntimeError', e)

# notify() with nobody waiting does nothing.
with cond:
    cond.notify()
    cond.notify(5)
    cond.notify_all()
print('no waiters ok')

# wait() returns True when notified.
results = []
ready = threading.Event()


def waiter():
    with cond:
        ready.set()
        results.append(cond.wait(5))


t = threading.Thread(target=waiter)
t.start()
ready.wait()
with cond:
    cond.notify()
t.join()
print(results)

# Condition with an explicit Lock and with an RLock taken twice.
for lock in (threading.Lock(), threading.RLock()):
    c = threading.Condition(lock)
    with c:
        print(type(lock).__name__, 'wait:', c.wait(0.01))
r = threading.RLock()
c = threading.Condition(r)
flag = []


def setter():
    with c:
        flag.append(1)
        c.notify()


with r:
    with c:
        t = threading.Thread(target=setter)
        t.start()
        print('rlock twice, notified:', c.wait_for(lambda: flag, 5))
t.join()
print('lock free:', r.acquire(False))
r.release()
