# Benchmark: Pool.map over 10,000 small items with python3's default chunksize (items are
# sent to the workers in chunks, so this measures pickling and queue traffic more than the
# work). The pool has P workers (sys.argv[1], default 2) and is started and warmed with one
# tiny map first, so map_seconds is the map alone; pool_seconds is Pool() .. first map done.
import multiprocessing as mp
import sys
import time


def square(x):
    return x * x


if __name__ == "__main__":
    mp.set_start_method('spawn')
    P = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    ITEMS = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    t0 = time.perf_counter()
    with mp.Pool(P) as pool:
        pool.map(square, range(P))
        t1 = time.perf_counter()
        out = pool.map(square, range(ITEMS))
        t2 = time.perf_counter()
    print(f"workers={P} items={ITEMS} pool_seconds={t1 - t0:.4f} map_seconds={t2 - t1:.4f} checksum={sum(out)}")
