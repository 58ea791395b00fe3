# Queue.get with timeouts and without blocking raises queue.Empty.
import multiprocessing as mp
import queue
import time


def slow_put(q):
    time.sleep(0.2)
    q.put('late')


if __name__ == '__main__':
    mp.set_start_method('spawn')
    q = mp.Queue()
    for call in (lambda: q.get(timeout=0.01), q.get_nowait, lambda: q.get(False), lambda: q.get(block=False, timeout=1)):
        try:
            call()
        except queue.Empty as e:
            print('Empty', repr(e))
    p = mp.Process(target=slow_put, args=(q,))
    p.start()
    try:
        q.get(timeout=0.01)
    except queue.Empty:
        print('not yet')
    print(q.get(timeout=10))
    p.join()
    q.put_nowait(1)
    print(q.get(True, 1))
