# CPU-bound work in threads: the GIL lets only one thread run Python at a time,
# so two threads take about as long as doing the work twice in one thread.
import threading
import time


def count(n):
    total = 0
    for i in range(n):
        total += i
    return total


N = 300_000

start = time.perf_counter()
count(N)
count(N)
sequential = time.perf_counter() - start

start = time.perf_counter()
threads = [threading.Thread(target=count, args=(N,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.perf_counter() - start

print(f"sequential: {sequential:.3f} s")
print(f"2 threads:  {threaded:.3f} s")
print(f"ratio: {threaded / sequential:.2f} (about 1: no speed-up with the GIL)")
