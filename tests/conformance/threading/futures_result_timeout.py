# Future.result(timeout) and exception(timeout) while the call is still running raise
# TimeoutError; the future completes normally afterwards. A task may submit another
# task to the same pool and wait for it.
from concurrent.futures import ThreadPoolExecutor, TimeoutError
import threading

gate = threading.Event()
with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(lambda: (gate.wait(), 'late')[1])
    for call in (lambda: f.result(timeout=0.02), lambda: f.exception(timeout=0.02), lambda: f.result(0)):
        try:
            call()
        except TimeoutError as e:
            print('TimeoutError', repr(e), f.running())
    gate.set()
    print(f.result(timeout=10), f.exception(timeout=10))

    def outer(n):
        inner = ex.submit(lambda: n * 10)
        return inner.result() + 1

    print(ex.submit(outer, 4).result())

# Waiting on futures from several threads at once.
gate = threading.Event()
seen = []
lock = threading.Lock()
with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(lambda: (gate.wait(), 99)[1])

    def reader(i):
        r = f.result()
        with lock:
            seen.append((i, r))

    readers = [threading.Thread(target=reader, args=(i,)) for i in range(3)]
    for t in readers:
        t.start()
    gate.set()
    for t in readers:
        t.join()
print(sorted(seen))
