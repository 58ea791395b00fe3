# join(timeout) returns while the child still runs; exitcode stays None until it ends.
import multiprocessing as mp
import time


def sleepy(t):
    time.sleep(t)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    p = mp.Process(target=sleepy, args=(5,))
    p.start()
    p.join(0.05)
    print('after timeout', p.exitcode, p.is_alive())
    p.join(0)
    print('after zero timeout', p.exitcode)
    p.terminate()
    p.join()
    print('end', p.exitcode, p.is_alive())
    q = mp.Process(target=sleepy, args=(0.01,))
    q.start()
    q.join(10)
    print('short child', q.exitcode)
