# Benchmark: CPU-bound work split over K threads (K = sys.argv[1]). Under a GIL the threads
# take turns, so T(K)/T(1) stays near 1 (python3: about 1.0-1.1); without one (free-threaded)
# it falls towards 1/K on K cores. Prints the wall time of the threaded part and a checksum.
import sys
import threading
import time

K = int(sys.argv[1]) if len(sys.argv) > 1 else 1
N = int(sys.argv[2]) if len(sys.argv) > 2 else 2_400_000
results = [0] * K


def work(slot, n):
    total = 0
    for i in range(n):
        total += i * i % 7
    results[slot] = total


threads = [threading.Thread(target=work, args=(s, N // K)) for s in range(K)]
t0 = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - t0
print(f"threads={K} seconds={elapsed:.4f} checksum={sum(results)}")
