# CPU-bound work in processes: each process has its own interpreter and its own
# GIL, so on a machine with several cores they really run at the same time.
import os
import time
from concurrent.futures import ProcessPoolExecutor


def count(n):
    total = 0
    for i in range(n):
        total += i
    return os.getpid(), total


if __name__ == "__main__":
    N = 300_000
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(count, [N, N]))
    elapsed = time.perf_counter() - start
    for pid, total in results:
        print(f"process {pid}: {total}")
    print(f"2 processes took {elapsed:.3f} s")
