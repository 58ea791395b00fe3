# Breaking a Barrier: abort(), a timeout, and a failing action raise BrokenBarrierError in
# every waiter; reset() makes it usable again.
import re
import threading

b = threading.Barrier(3)
errors = []
lock = threading.Lock()
arrived = threading.Semaphore(0)


def waiter(barrier, timeout=None):
    arrived.release()
    try:
        barrier.wait(timeout)
        with lock:
            errors.append('passed')
    except threading.BrokenBarrierError as e:
        with lock:
            errors.append(type(e).__name__)


ts = [threading.Thread(target=waiter, args=(b,)) for _ in range(2)]
for t in ts:
    t.start()
for _ in ts:
    arrived.acquire()
while b.n_waiting < 2:
    threading.Event().wait(0.001)
b.abort()
for t in ts:
    t.join()
print(errors, b.broken, b.n_waiting)
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(b)))
try:
    b.wait()
except threading.BrokenBarrierError:
    print('wait on a broken barrier: BrokenBarrierError')
b.reset()
print('after reset:', b.broken)

# A timeout breaks it for everyone.
errors.clear()
b = threading.Barrier(3, timeout=0.05)
t = threading.Thread(target=waiter, args=(b,))
t.start()
arrived.acquire()
try:
    b.wait()
except threading.BrokenBarrierError:
    errors.append('main: BrokenBarrierError')
t.join()
print(sorted(errors), b.broken)

# wait(timeout) overrides the default.
b = threading.Barrier(2)
try:
    b.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print('timed out alone; broken:', b.broken)
b.reset()


# An action that raises breaks the barrier; its exception goes to the party that ran it.
def bad_action():
    raise ValueError('action failed')


errors.clear()
b = threading.Barrier(2, action=bad_action)
t = threading.Thread(target=waiter, args=(b,))
t.start()
arrived.acquire()
try:
    b.wait()
    errors.append('main passed')
except ValueError as e:
    errors.append('main ' + str(e))
except threading.BrokenBarrierError:
    errors.append('main BrokenBarrierError')
t.join()
print(sorted(errors), b.broken)

# reset() while parties wait: they get BrokenBarrierError, the barrier is not broken.
errors.clear()
b = threading.Barrier(3)
ts = [threading.Thread(target=waiter, args=(b,)) for _ in range(2)]
for t in ts:
    t.start()
for _ in ts:
    arrived.acquire()
while b.n_waiting < 2:
    threading.Event().wait(0.001)
b.reset()
for t in ts:
    t.join()
print(errors, b.broken)
