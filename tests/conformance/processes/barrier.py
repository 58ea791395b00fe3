# Barrier(3): three processes meet; wait() returns distinct indices 0..2.
import multiprocessing as mp


def meet(b, q):
    q.put(b.wait())


if __name__ == '__main__':
    mp.set_start_method('spawn')
    b = mp.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    q = mp.Queue()
    procs = [mp.Process(target=meet, args=(b, q)) for _ in range(2)]
    for p in procs:
        p.start()
    mine = b.wait()
    others = [q.get() for _ in procs]
    for p in procs:
        p.join()
    print(sorted(others + [mine]))
    b.abort()
    print(b.broken)
    try:
        b.wait()
    except Exception as e:
        print(type(e).__name__)
