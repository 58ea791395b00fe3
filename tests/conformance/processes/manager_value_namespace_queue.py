# Manager Value, Namespace, Queue and Lock used by children.
import multiprocessing as mp


def work(v, ns, q, lock, n):
    with lock:
        v.value += n
    ns.last = n
    q.put(n * 10)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    with mp.Manager() as m:
        v = m.Value('i', 0)
        ns = m.Namespace()
        ns.last = None
        q = m.Queue()
        lock = m.Lock()
        procs = [mp.Process(target=work, args=(v, ns, q, lock, n)) for n in (1, 2, 3)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(v.value, ns.last in (1, 2, 3), sorted(q.get() for _ in procs), q.empty())
        ns.x = 'set in parent'
        print(ns.x)
        try:
            ns.nothing
        except AttributeError as e:
            print('AttributeError', e)
