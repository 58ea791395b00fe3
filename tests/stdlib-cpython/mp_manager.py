# multiprocessing.Manager: dict, list, Value, Namespace, Queue, Lock shared with children
# and pool workers; proxies' str/list behaviour; errors; use after shutdown.
import multiprocessing as mp


def worker(d, l, ns, v, q, lock, n):
    with lock:
        d[n] = n * n
        l.append(n)
        v.value += n
    q.put(('done', n))


def pool_task(args):
    d, key = args
    d[key] = key.upper()
    return len(key)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    with mp.Manager() as m:
        print(type(m).__name__)
        d = m.dict(a=1)
        l = m.list([1, 2])
        print(repr(d).split(' at ')[0], str(d), d.keys(), d.items(), d.values(), list(d), len(d))
        print(repr(l).split(' at ')[0], str(l), l[0], l[:], list(l), l + [3], len(l))
        l += [5]
        print(l, type(l).__name__)
        print(d.get('z'), d.copy(), type(d.copy()).__name__, 'a' in d, d.pop('a'), d)
        v = m.Value('i', 3)
        print(v, v.value)
        v.value += 1
        print(v.value)
        ns = m.Namespace()
        ns.x = 1
        print(ns, ns.x)
        q = m.Queue()
        q.put(1)
        print(q.get())
        lk = m.Lock()
        print(lk.acquire(), lk.release())
        try:
            d['zz']
        except KeyError as e:
            print('KeyError', repr(e))
        try:
            l[10]
        except IndexError as e:
            print('IndexError', e)
        d2 = m.dict()
        d['nested'] = d2
        d2['k'] = 5
        print(d['nested']['k'], d['nested'])
        e = m.Event()
        print(e.is_set())

        shared_d, shared_l = m.dict(), m.list()
        total = m.Value('i', 0)
        procs = [mp.Process(target=worker, args=(shared_d, shared_l, ns, total, q, lk, n))
                 for n in range(4)]
        for p in procs:
            p.start()
        print(sorted(q.get() for _ in procs))
        for p in procs:
            p.join()
        print(sorted(shared_d.items()), sorted(shared_l), total.value)
        with mp.Pool(2) as pool:
            print(pool.map(pool_task, [(shared_d, 'ab'), (shared_d, 'xyz')]))
        print(shared_d['ab'], shared_d['xyz'])
    try:
        d['a']
    except Exception as e:
        print(type(e).__name__)
