# While a child holds a Lock, the parent's non-blocking and timed acquires fail.
import multiprocessing as mp


def hold(lock, taken, release):
    with lock:
        taken.set()
        release.wait()


if __name__ == '__main__':
    mp.set_start_method('spawn')
    lock, taken, release = mp.Lock(), mp.Event(), mp.Event()
    p = mp.Process(target=hold, args=(lock, taken, release))
    p.start()
    taken.wait()
    print(lock.acquire(block=False), lock.acquire(timeout=0.05))
    release.set()
    print(lock.acquire(timeout=10))
    lock.release()
    p.join()
    print(p.exitcode)
