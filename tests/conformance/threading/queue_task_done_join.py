# Queue.task_done() and join(): join() returns when every item put has been marked done;
# one task_done() too many raises ValueError.
import queue
import threading

q = queue.Queue()
processed = []
lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            processed.append(item * 2)
        q.task_done()


workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(20):
    q.put(i)
q.join()
print('joined:', q.unfinished_tasks, sorted(processed) == [i * 2 for i in range(20)])
for _ in workers:
    q.put(None)
q.join()
for w in workers:
    w.join()
print('workers done', q.empty())

try:
    q.task_done()
except ValueError as e:
    print('ValueError', e)

# join() with nothing unfinished returns at once; get() alone does not finish a task.
q.join()
q.put('x')
q.get()
print(q.unfinished_tasks)
done = threading.Event()


def joiner():
    q.join()
    done.set()


t = threading.Thread(target=joiner)
t.start()
print('join waits:', not done.wait(0.05))
q.task_done()
t.join()
print('join returned:', done.is_set())

# The same on LifoQueue and PriorityQueue.
for cls in (queue.LifoQueue, queue.PriorityQueue):
    q2 = cls()
    for i in (3, 1, 2):
        q2.put(i)
    out = []
    for _ in range(3):
        out.append(q2.get())
        q2.task_done()
    q2.join()
    print(cls.__name__, out, q2.unfinished_tasks)
