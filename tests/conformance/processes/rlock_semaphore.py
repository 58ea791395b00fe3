# RLock is re-entrant per process and thread; Semaphore counts; BoundedSemaphore checks.
import multiprocessing as mp


def use(rlock, sem, q):
    with rlock:
        with rlock:
            q.put('nested rlock ok')
    q.put(sem.acquire(timeout=0.05))


if __name__ == '__main__':
    mp.set_start_method('spawn')
    rlock = mp.RLock()
    sem = mp.Semaphore(2)
    print(sem.get_value())
    sem.acquire()
    sem.acquire()
    print(sem.get_value(), sem.acquire(False))
    q = mp.Queue()
    p = mp.Process(target=use, args=(rlock, sem, q))
    p.start()
    print(q.get(), q.get())
    p.join()
    sem.release()
    print(sem.get_value())
    b = mp.BoundedSemaphore(1)
    b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError', e)
    try:
        rlock.release()
    except AssertionError as e:
        print('AssertionError', e)
