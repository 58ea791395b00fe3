# An Event as a stop signal for worker loops; Condition-based hand-off of work items and a
# thread started from another thread.
import threading
import queue

stop = threading.Event()
work = queue.Queue()
done = []
lock = threading.Lock()


def worker(name):
    while not stop.is_set():
        try:
            item = work.get(timeout=0.01)
        except queue.Empty:
            continue
        with lock:
            done.append((name, item))
        work.task_done()


workers = [threading.Thread(target=worker, args=(f'w{i}',)) for i in range(3)]
for w in workers:
    w.start()
for i in range(12):
    work.put(i)
work.join()
stop.set()
for w in workers:
    w.join()
print(sorted(item for _, item in done), [w.is_alive() for w in workers])

# A thread that starts and joins its own children.
tree = []


def node(depth, label):
    tree.append(label)
    if depth:
        kids = [threading.Thread(target=node, args=(depth - 1, label + str(i))) for i in range(2)]
        for k in kids:
            k.start()
        for k in kids:
            k.join()


root = threading.Thread(target=node, args=(2, 'r'))
root.start()
root.join()
print(sorted(tree), threading.active_count())
