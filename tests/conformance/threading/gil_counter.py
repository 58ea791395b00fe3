# `counter += 1` on a global in a loop is not interrupted between its load and its store
# (since CPython 3.10 the GIL is only released at backward jumps and calls), so four
# threads end at the exact total; with a Lock the total is exact whatever the code.
import threading

counter = 0


def inc(n):
    global counter
    for _ in range(n):
        counter += 1


ts = [threading.Thread(target=inc, args=(20000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)

# The same with a lock around a read-call-write sequence.
total = 0
lock = threading.Lock()


def add_one(x):
    return x + 1


def safe(n):
    global total
    for _ in range(n):
        with lock:
            total = add_one(total)


ts = [threading.Thread(target=safe, args=(5000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total)

# Per-thread results in a shared list: append is atomic.
shared = []
ts = [threading.Thread(target=lambda k=k: [shared.append(k) for _ in range(1000)]) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared), sorted(set(shared)), [shared.count(k) for k in range(4)])
