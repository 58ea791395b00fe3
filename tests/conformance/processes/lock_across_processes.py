# A Lock serialises critical sections of several processes (a counter without its own lock).
import multiprocessing as mp


def add(lock, counter, n):
    for _ in range(n):
        lock.acquire()
        try:
            counter.value = counter.value + 1
        finally:
            lock.release()


if __name__ == '__main__':
    mp.set_start_method('spawn')
    lock = mp.Lock()
    counter = mp.Value('i', 0, lock=False)
    procs = [mp.Process(target=add, args=(lock, counter, 40)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(counter.value)
    print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.01))
    lock.release()
    try:
        lock.release()
    except ValueError as e:
        print('ValueError', e)
