import multiprocessing as mp
import os

def square_worker(inq, outq):
    for n in iter(inq.get, None):
        outq.put((os.getpid(), n, n * n))

if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    inq, outq = ctx.Queue(), ctx.Queue()
    procs = [ctx.Process(target=square_worker, args=(inq, outq)) for _ in range(2)]
    for p in procs:
        p.start()
    for n in range(10):
        inq.put(n)
    for _ in procs:
        inq.put(None)
    results = sorted(outq.get()[1:] for _ in range(10))
    for p in procs:
        p.join()
    print(results)
