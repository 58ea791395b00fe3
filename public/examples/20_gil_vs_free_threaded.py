# The same CPU-bound threads, to run twice: once with the GIL and once in
# free-threaded mode (PEP 703, toggle it in the toolbar). With the GIL the threads
# take turns; free-threaded they run on several cores at once.
import threading
import time


def spin(n):
    x = 0
    for i in range(n):
        x += i * i
    return x


start = time.perf_counter()
threads = [threading.Thread(target=spin, args=(200_000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"4 threads took {time.perf_counter() - start:.3f} s")
