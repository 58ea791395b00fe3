# With a switch interval of 1 µs every thread is preempted between almost any two
# instructions: the executor's queue, its semaphores and the futures' conditions all wait
# while their threads are switched out. Each `with` of a Condition or Semaphore calls a
# Python __enter__ that may block on a lock; the results must not depend on where the
# switches fall.
import concurrent.futures as cf
import queue
import sys
import threading

sys.setswitchinterval(1e-6)


def square(x):
    return x * x


with cf.ThreadPoolExecutor(max_workers=4) as ex:
    print(sum(ex.map(square, range(200))))
    futures = [ex.submit(square, i) for i in range(50)]
    print(sorted(f.result() for f in cf.as_completed(futures))[:5])

cond = threading.Condition()
items = []
done = []


def consumer():
    got = 0
    while True:
        with cond:
            cond.wait_for(lambda: items)
            x = items.pop(0)
        if x is None:
            break
        got += x
    with cond:
        done.append(got)


threads = [threading.Thread(target=consumer) for _ in range(3)]
for t in threads:
    t.start()
for i in range(300):
    with cond:
        items.append(i)
        cond.notify()
for _ in threads:
    with cond:
        items.append(None)
        cond.notify()
for t in threads:
    t.join()
print(sum(done), len(done))

sem = threading.BoundedSemaphore(2)
inside = [0]
peak = [0]
lock = threading.Lock()


def guarded():
    for _ in range(50):
        with sem:
            with lock:
                inside[0] += 1
                peak[0] = max(peak[0], inside[0])
            with lock:
                inside[0] -= 1


threads = [threading.Thread(target=guarded) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(peak[0] <= 2, inside[0])

q = queue.Queue(maxsize=3)
out = []


def producer(base):
    for i in range(40):
        q.put(base + i)


def drain():
    for _ in range(80):
        out.append(q.get())
        q.task_done()


threads = [threading.Thread(target=producer, args=(b,)) for b in (0, 1000)] + [threading.Thread(target=drain)]
for t in threads:
    t.start()
q.join()
for t in threads:
    t.join()
print(len(out), sum(out))
