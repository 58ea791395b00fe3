# max_workers: the default min(32, os.cpu_count() + 4); threads are started only as
# needed and named PREFIX_N; idle workers are reused.
import os
import threading
from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor()
print(ex._max_workers == min(32, (os.cpu_count() or 1) + 4))
ex.shutdown()


def pool_threads(prefix):
    return sorted(t.name for t in threading.enumerate() if t.name.startswith(prefix + '_'))


# Sequential work: one idle worker is reused.
with ThreadPoolExecutor(max_workers=4, thread_name_prefix='seq') as ex:
    for i in range(5):
        ex.submit(pow, i, 2).result()
    print(pool_threads('seq'))

# Concurrent work: no more than max_workers threads.
gate = threading.Event()
arrived = threading.Semaphore(0)


def wait_gate(i):
    arrived.release()
    gate.wait()
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=3, thread_name_prefix='par') as ex:
    fs = [ex.submit(wait_gate, i) for i in range(6)]
    for _ in range(3):
        arrived.acquire()
    print(pool_threads('par'))
    print(sum(f.running() for f in fs), sum(f.done() for f in fs))
    gate.set()
    print(sorted(set(f.result() for f in fs)))

# The default prefix: ThreadPoolExecutor-N_M.
with ThreadPoolExecutor(max_workers=1) as ex:
    name = ex.submit(lambda: threading.current_thread().name).result()
    head, _, tail = name.rpartition('_')
    print(head.startswith('ThreadPoolExecutor-'), head.split('-')[1].isdigit(), tail)

# Workers are not daemon threads.
with ThreadPoolExecutor(max_workers=1) as ex:
    print(ex.submit(lambda: threading.current_thread().daemon).result())
