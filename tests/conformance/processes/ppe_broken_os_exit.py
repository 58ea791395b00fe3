# A worker that dies while running a task (os._exit) breaks the whole ProcessPoolExecutor:
# the running future fails with BrokenProcessPool, later submits are refused, and map()
# over the broken pool raises it too.
import multiprocessing as mp
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def work(x):
    if x == 3:
        os._exit(1)
    return x * x


if __name__ == '__main__':
    mp.set_start_method('spawn')
    ex = ProcessPoolExecutor(max_workers=2)
    print('fine:', ex.submit(work, 2).result())
    fut = ex.submit(work, 3)
    try:
        fut.result()
    except BrokenProcessPool as e:
        print(type(e).__name__, '|', e)
        print('is a RuntimeError:', isinstance(e, RuntimeError))
    print('done:', fut.done(), 'cancelled:', fut.cancelled())
    try:
        ex.submit(work, 2)
    except BrokenProcessPool as e:
        print('submit:', type(e).__name__, '|', e)
    ex.shutdown()

    with ProcessPoolExecutor(max_workers=2) as ex2:
        try:
            print(list(ex2.map(work, [1, 3, 5])))
        except BrokenProcessPool as e:
            print('map:', type(e).__name__, '|', e)
    print('end')
