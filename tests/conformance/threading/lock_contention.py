# A lock held by one thread: another thread's blocking acquire waits for the release, a
# timed acquire gives up, and a lock may be released by a thread that did not take it.
import threading

lock = threading.Lock()
log = []
holding = threading.Event()
let_go = threading.Event()


def holder():
    with lock:
        log.append('holder has it')
        holding.set()
        let_go.wait()
        log.append('holder releases')


def waiter():
    holding.wait()
    log.append('waiter tries')
    lock.acquire()
    log.append('waiter has it')
    lock.release()


h = threading.Thread(target=holder)
w = threading.Thread(target=waiter)
h.start()
w.start()
holding.wait()
print('timed out:', not lock.acquire(timeout=0.05))
print('non-blocking:', lock.acquire(False))
let_go.set()
h.join()
w.join()
print(log[:1], sorted(log[1:3]), log[3:])

# Released by another thread (a plain lock has no owner).
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print('released by another thread:', not lock.locked())

# A lock as a one-shot signal: the main thread waits until a worker releases it.
signal = threading.Lock()
signal.acquire()
result = []


def produce():
    result.append(42)
    signal.release()


threading.Thread(target=produce).start()
signal.acquire()
print(result)

# Mutual exclusion: 4 threads x 2000 increments under the lock.
counter = 0
guard = threading.Lock()


def bump():
    global counter
    for _ in range(2000):
        with guard:
            counter += 1


ts = [threading.Thread(target=bump) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)
