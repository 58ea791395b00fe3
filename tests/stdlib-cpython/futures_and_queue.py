import threading, time, queue
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED, Future, CancelledError
import concurrent.futures as cf

def sq(x):
    time.sleep(0.01 * (5 - x))
    return x * x
with ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool") as ex:
    print(list(ex.map(sq, range(5))))
    fs = [ex.submit(sq, i) for i in range(5)]
    print(sorted(f.result() for f in as_completed(fs)))
    done, not_done = wait(fs)
    print(len(done), len(not_done))
    f = ex.submit(lambda: 1/0)
    try: f.result()
    except ZeroDivisionError as e: print("ZDE", e)
    print(type(f.exception()).__name__)
    names = set()
    def nm(): time.sleep(0.02); names.add(threading.current_thread().name)
    for _ in range(6): ex.submit(nm)
print(sorted(names))
f = Future(); print(f.cancel(), f.cancelled())
try: f.result()
except CancelledError: print("cancelled")
f2 = Future(); f2.add_done_callback(lambda fut: print("cb", fut.result())); f2.set_result(5)
q = queue.Queue()
def prod():
    for i in range(5): q.put(i)
    q.put(None)
res = []
def cons():
    while (item := q.get()) is not None:
        res.append(item); q.task_done()
    q.task_done()
a = threading.Thread(target=prod); b = threading.Thread(target=cons); a.start(); b.start(); q.join(); a.join(); b.join(); print(res)
pq = queue.PriorityQueue(); [pq.put(x) for x in (5, 1, 3)]; print([pq.get() for _ in range(3)])
lq = queue.LifoQueue(); [lq.put(x) for x in (5, 1, 3)]; print([lq.get() for _ in range(3)])
try: queue.Queue().get(timeout=0.01)
except queue.Empty: print("Empty")
bq = queue.Queue(1); bq.put(1)
try: bq.put(2, timeout=0.01)
except queue.Full: print("Full")
sq_ = queue.SimpleQueue(); sq_.put(3); print(sq_.get(), sq_.empty())
ex = ThreadPoolExecutor(2)
ex.submit(time.sleep, 0.05)
print("exit without shutdown")
