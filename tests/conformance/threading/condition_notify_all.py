# Condition.notify(n) wakes n waiters in the order they started waiting; notify_all()
# wakes the rest.
import threading

cond = threading.Condition()
woken = []
arrived = threading.Semaphore(0)
left = threading.Semaphore(0)


def waiter(i):
    with cond:
        arrived.release()
        cond.wait()
        woken.append(i)
    left.release()


threads = []
for i in range(5):
    t = threading.Thread(target=waiter, args=(i,))
    t.start()
    threads.append(t)
    # The waiter holds the lock from arriving until wait() releases it: once we get the
    # lock, it waits. One at a time, so the order of waiting is known.
    arrived.acquire()
    with cond:
        pass


def wait_woken(n):
    for _ in range(n):
        left.acquire()


with cond:
    cond.notify()
wait_woken(1)
print(woken)
with cond:
    cond.notify(2)
wait_woken(2)
# The two woken threads race for the lock: which returns first is not fixed.
print(woken[0], sorted(woken[1:]))
with cond:
    cond.notify_all()
for t in threads:
    t.join()
print(sorted(woken), sorted(woken[:3]))

# notifyAll is the deprecated alias (its warning is recorded, not shown).
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    with cond:
        cond.notifyAll()
print([(x.category.__name__, str(x.message)) for x in w])
