# os._exit(n) ends a process at once: no finally, no waiting for its
# threads; the parent's exitcode is n as the OS keeps it (0..255). A thread of the child
# may end the whole process. The main process may use it too (its status is the run's).
import multiprocessing as mp
import os
import threading
import time


def leave(n):
    print('child leaving with', n, flush=True)
    try:
        os._exit(n)
    finally:
        print('finally in the child: not printed')


def from_thread():
    t = threading.Thread(target=os._exit, args=(7,))
    t.start()
    t.join()
    print('after the join: not printed')


def busy_threads():
    # A non-daemon thread still running does not keep the process alive past _exit.
    threading.Thread(target=time.sleep, args=(30,)).start()
    os._exit(4)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    for n in (0, 5, -1, 258):
        p = mp.Process(target=leave, args=(n,))
        p.start()
        p.join()
        print(n, '->', p.exitcode, p.is_alive())
    for target in (from_thread, busy_threads):
        p = mp.Process(target=target)
        start = time.monotonic()
        p.start()
        p.join()
        print(target.__name__, '->', p.exitcode, 'quickly:', time.monotonic() - start < 20)
    try:
        os._exit('x')
    except TypeError as e:
        print('TypeError:', e)
    print('parent leaving with 3', flush=True)
    try:
        os._exit(3)
    finally:
        print('finally in the parent: not printed')
