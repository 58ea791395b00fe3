# ProcessPoolExecutor's lifecycle: initializer, max_tasks_per_child, shutdown with
# cancel_futures, BrokenProcessPool (a dying worker, a failing initializer), bad arguments.
import concurrent.futures as cf
import multiprocessing as mp
import os
import time
from concurrent.futures.process import BrokenProcessPool


def cube(x):
    return x ** 3


def pid_of(_):
    return os.getpid()


def nap(x):
    time.sleep(0.2)
    return x


def die(_):
    os._exit(7)


def bad_init():
    raise ValueError('init failed')


greeting = 'unset'


def set_greeting(g):
    global greeting
    greeting = g


def get_greeting():
    return greeting


if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    with cf.ProcessPoolExecutor(1, mp_context=ctx, initializer=set_greeting,
                                initargs=('hi',)) as ex:
        print(ex.submit(get_greeting).result())

    with cf.ProcessPoolExecutor(1, max_tasks_per_child=2) as ex:
        pids = [ex.submit(pid_of, i).result() for i in range(6)]
        print(len(set(pids)))

    ex = cf.ProcessPoolExecutor(1, mp_context=ctx)
    futures = [ex.submit(nap, i) for i in range(6)]
    time.sleep(0.1)
    ex.shutdown(wait=True, cancel_futures=True)
    print('cancelled', sum(f.cancelled() for f in futures) >= 3,
          [f.result() for f in futures if not f.cancelled()][:1])

    ex = cf.ProcessPoolExecutor(2, mp_context=ctx)
    f = ex.submit(die, 1)
    try:
        f.result()
    except BrokenProcessPool as e:
        print('BrokenProcessPool', e)
    try:
        ex.submit(cube, 2)
    except BrokenProcessPool as e:
        print('submit:', e)
    ex.shutdown()

    ex = cf.ProcessPoolExecutor(1, mp_context=ctx, initializer=bad_init)
    try:
        ex.submit(cube, 2).result()
    except BrokenProcessPool as e:
        print('initializer:', type(e).__name__)
    ex.shutdown()
    for bad in (0, -2):
        try:
            cf.ProcessPoolExecutor(bad)
        except ValueError as e:
            print('ValueError', e)
    try:
        cf.ProcessPoolExecutor(1, max_tasks_per_child=0)
    except ValueError as e:
        print('ValueError', e)
    try:
        cf.ProcessPoolExecutor(1, initializer=5)
    except TypeError as e:
        print('TypeError', e)
