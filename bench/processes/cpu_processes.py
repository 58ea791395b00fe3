# Benchmark: a fixed CPU-bound workload split over K processes (K = sys.argv[1]). Each process
# has its own interpreter and GIL, so on C free cores T(1)/T(K) rises towards min(K, C).
# The start method is 'spawn' (what the browser can do; python3 on Linux would fork).
# The wall time is taken in the parent around start() .. join(), so it includes starting
# the children. Prints that time and a checksum of the children's results.
import multiprocessing as mp
import sys
import time


def work(slot, lo, hi, out):
    total = 0
    for i in range(lo, hi):
        total += i * i % 7
    out.put((slot, total))


if __name__ == "__main__":
    mp.set_start_method('spawn')
    K = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    N = int(sys.argv[2]) if len(sys.argv) > 2 else 4_000_000
    out = mp.Queue()
    procs = [mp.Process(target=work, args=(s, s * N // K, (s + 1) * N // K, out)) for s in range(K)]
    t0 = time.perf_counter()
    for p in procs:
        p.start()
    results = [out.get() for _ in procs]
    for p in procs:
        p.join()
    elapsed = time.perf_counter() - t0
    print(f"processes={K} seconds={elapsed:.4f} checksum={sum(r[1] for r in results)}")
