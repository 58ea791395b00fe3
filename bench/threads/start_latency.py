# Benchmark: thread start latency, from Thread.start() in the parent to the first line of
# the target in the new thread, measured with time.perf_counter (one clock for all threads),
# one thread at a time. Prints the median and 95th percentile in microseconds.
import threading
import time

RUNS = 60
first = [0.0]


def target():
    first[0] = time.perf_counter()


lat = []
for _ in range(RUNS):
    t = threading.Thread(target=target)
    t0 = time.perf_counter()
    t.start()
    t.join()
    lat.append((first[0] - t0) * 1e6)
lat.sort()
print(f"median_us={lat[len(lat) // 2]:.0f} p95_us={lat[int(len(lat) * 0.95)]:.0f} runs={RUNS}")
