# multiprocessing.pool.ThreadPool and multiprocessing.dummy: the Pool API over threads
# (lambdas work: nothing is pickled; errors come back without a RemoteTraceback).
import threading
import time
from multiprocessing.pool import ThreadPool
from multiprocessing import dummy


def slow_square(x):
    time.sleep(0.01 * (4 - x))
    return x * x


if __name__ == '__main__':
    with ThreadPool(3) as pool:
        print(pool.map(lambda x: x + 1, range(8)))
        print(pool.starmap(lambda a, b: a * b, [(1, 2), (3, 4)]))
        print(list(pool.imap(slow_square, range(4))))
        print(sorted(pool.imap_unordered(slow_square, range(4))))
        print(pool.apply(len, ('abc',)))
        r = pool.apply_async(lambda: 1 / 0)
        try:
            r.get()
        except ZeroDivisionError as e:
            print('ZeroDivisionError', e, e.__cause__)
        names = pool.map(lambda _: threading.current_thread().name != 'MainThread', range(6))
        print(all(names))
        print(repr(pool).split(' state=')[0])
    p = dummy.Pool(2)
    print(p.map(str, range(3)))
    p.close()
    p.join()
    q = dummy.Queue()
    t = dummy.Process(target=q.put, args=('from thread',))
    print(t.exitcode)
    t.start()
    t.join()
    print(q.get(), t.exitcode, dummy.active_children())
    a, b = dummy.Pipe()
    a.send([1, 2])
    print(b.poll(), b.recv(), b.poll(0.01))
    m = dummy.Manager()
    print(m.dict(a=1), m.list('ab'), m.Value('i', 3), m.Namespace(x=1))
    ev = dummy.Event()
    print(ev.is_set())
