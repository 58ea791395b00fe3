# Locks, semaphores, events, conditions and barriers across processes, with python3's
# reprs and errors.
import multiprocessing as mp
import time
from multiprocessing.reduction import ForkingPickler


def wait_event(ev, q, name):
    q.put((name, ev.wait(5)))


def cond_waiter(cond, flag, q):
    with cond:
        while not flag.value:
            cond.wait()
        q.put('woke')


def barrier_party(b, q):
    q.put(b.wait() >= 0)


def sem_user(sem, active, peak, lock):
    with sem:
        with lock:
            active.value += 1
            peak.value = max(peak.value, active.value)
        time.sleep(0.05)
        with lock:
            active.value -= 1


if __name__ == '__main__':
    mp.set_start_method('spawn')
    q = mp.Queue()
    ev = mp.Event()
    print(ev.is_set(), ev.wait(0.01))
    procs = [mp.Process(target=wait_event, args=(ev, q, n)) for n in 'ab']
    for p in procs:
        p.start()
    time.sleep(0.1)
    ev.set()
    print(sorted(q.get() for _ in procs), ev.is_set())
    for p in procs:
        p.join()
    ev.clear()
    print(ev.is_set())

    cond = mp.Condition()
    flag = mp.Value('i', 0)
    procs = [mp.Process(target=cond_waiter, args=(cond, flag, q)) for _ in range(2)]
    for p in procs:
        p.start()
    time.sleep(0.1)
    with cond:
        flag.value = 1
        cond.notify_all()
    print([q.get() for _ in procs])
    for p in procs:
        p.join()

    b = mp.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    procs = [mp.Process(target=barrier_party, args=(b, q)) for _ in range(3)]
    for p in procs:
        p.start()
    print([q.get() for _ in procs])
    for p in procs:
        p.join()

    sem = mp.Semaphore(2)
    active, peak = mp.Value('i', 0), mp.Value('i', 0)
    lock = mp.Lock()
    procs = [mp.Process(target=sem_user, args=(sem, active, peak, lock)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print('peak', peak.value, sem.get_value())

    lock = mp.Lock()
    print(lock, lock.acquire(), lock.acquire(timeout=0.01), lock.acquire(False))
    print(lock)
    lock.release()
    try:
        lock.release()
    except ValueError as e:
        print('ValueError', e)
    r = mp.RLock()
    print(r.acquire(), r.acquire(), r)
    r.release()
    r.release()
    print(r)
    try:
        r.release()
    except AssertionError as e:
        print('AssertionError', e)
    bs = mp.BoundedSemaphore(1)
    print(bs)
    try:
        bs.release()
    except ValueError as e:
        print('ValueError', e)
    s = mp.Semaphore(0)
    print(s, s.acquire(timeout=0.01))
    try:
        ForkingPickler.dumps(mp.Lock())
    except RuntimeError as e:
        print('RuntimeError', e)
    c = mp.Condition()
    try:
        c.wait()
    except AssertionError as e:
        print('AssertionError', e)
