# RLock between threads: a recursive function holds the lock through its recursion while
# other threads wait; the waiting thread gets it after the last release.
import threading

lock = threading.RLock()
log = []


def recurse(name, n):
    with lock:
        log.append((name, n))
        if n > 0:
            recurse(name, n - 1)


gate = threading.Event()


def worker(name):
    gate.wait()
    recurse(name, 3)


ts = [threading.Thread(target=worker, args=(f't{i}',)) for i in range(3)]
for t in ts:
    t.start()
gate.set()
for t in ts:
    t.join()
# Each thread's four entries are consecutive: nobody got in during a recursion.
runs = [log[i:i + 4] for i in range(0, len(log), 4)]
print(all(len({name for name, _ in run}) == 1 for run in runs))
print(all([n for _, n in run] == [3, 2, 1, 0] for run in runs))
print(sorted(run[0][0] for run in runs))

# Held by the main thread: a blocking acquire in a thread waits until the last release.
lock.acquire()
lock.acquire()
got = threading.Event()


def taker():
    with lock:
        got.set()


t = threading.Thread(target=taker)
t.start()
lock.release()
print('after one release:', got.wait(0.05))
lock.release()
t.join()
print('after the last:', got.is_set())
