# Benchmark: process start latency, one process at a time, spawn start method. Two figures:
# - first_*: from Process.start() in the parent to the first line of the target in the child,
#   the child sending its time.perf_counter() back on a Queue. This needs one clock for all
#   processes: CLOCK_MONOTONIC is system-wide on Linux for python3, and the engine's
#   processes all read the run's clock (absolute time minus the run's origin).
# - join_*: start() .. join() of a child whose target does nothing (no clock in the child).
# Prints medians and 95th percentiles in milliseconds.
import multiprocessing as mp
import sys
import time


def first_line(q):
    q.put(time.perf_counter())


def empty():
    pass


def pct(xs, p):
    s = sorted(xs)
    return s[min(len(s) - 1, int(len(s) * p))]


if __name__ == "__main__":
    mp.set_start_method('spawn')
    RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    q = mp.Queue()
    first = []
    for _ in range(RUNS):
        p = mp.Process(target=first_line, args=(q,))
        t0 = time.perf_counter()
        p.start()
        t1 = q.get()
        p.join()
        first.append((t1 - t0) * 1e3)
    joined = []
    for _ in range(RUNS):
        p = mp.Process(target=empty)
        t0 = time.perf_counter()
        p.start()
        p.join()
        joined.append((time.perf_counter() - t0) * 1e3)
    print(f"first_median_ms={pct(first, 0.5):.1f} first_p95_ms={pct(first, 0.95):.1f} "
          f"join_median_ms={pct(joined, 0.5):.1f} join_p95_ms={pct(joined, 0.95):.1f} runs={RUNS}")
