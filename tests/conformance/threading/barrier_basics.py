# threading.Barrier: wait() returns a distinct index per party, the action runs once per
# round, n_waiting counts the parties waiting, the barrier is reused for the next round.
import re
import threading

b = threading.Barrier(3)
print(b.parties, b.n_waiting, b.broken)
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(b)))

indices = []
lock = threading.Lock()


def party():
    for _ in range(2):
        i = b.wait()
        with lock:
            indices.append(i)


ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices), b.n_waiting, b.broken)

# The action runs in exactly one of the parties, before any of them is released.
actions = []
after = []


def action():
    actions.append(len(after))


b2 = threading.Barrier(4, action=action)


def party2():
    b2.wait()
    with lock:
        after.append(1)


ts = [threading.Thread(target=party2) for _ in range(3)]
for t in ts:
    t.start()
b2.wait()
for t in ts:
    t.join()
print(actions, len(after))

# n_waiting as parties arrive; the last one releases them all.
b3 = threading.Barrier(3)
arrived = threading.Semaphore(0)
got = []


def waiter():
    arrived.release()
    got.append(b3.wait())


ts = [threading.Thread(target=waiter) for _ in range(2)]
for t in ts:
    t.start()
    arrived.acquire()
# The waiter releases `arrived` just before wait(): wait until it is counted.
while b3.n_waiting < 2:
    threading.Event().wait(0.001)
print(b3.n_waiting, re.sub(r'0x[0-9a-f]+', 'ADDR', repr(b3)))
got.append(b3.wait())
for t in ts:
    t.join()
print(sorted(got), b3.n_waiting)

print(threading.Barrier(1).wait(), threading.Barrier(1).wait(timeout=0))
print(issubclass(threading.BrokenBarrierError, RuntimeError))
