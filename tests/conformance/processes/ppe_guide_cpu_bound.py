# The guide's CPU-bound example with processes, printing properties instead of pids and times.
import os
import time
from concurrent.futures import ProcessPoolExecutor


def count(n):
    total = 0
    for i in range(n):
        total += i
    return os.getpid(), total


if __name__ == "__main__":
    import multiprocessing as mp
    mp.set_start_method('spawn')
    N = 30_000
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(count, [N, N]))
    elapsed = time.perf_counter() - start
    for pid, total in results:
        print(f"process {pid != os.getpid()}: {total}")
    print(elapsed > 0)
