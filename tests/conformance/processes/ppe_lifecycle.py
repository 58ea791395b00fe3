# shutdown() and what comes after; initializer/initargs; argument checks.
from concurrent.futures import ProcessPoolExecutor
import multiprocessing as mp

prefix = None


def init(p):
    global prefix
    prefix = p


def label(x):
    return '%s-%s' % (prefix, x)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    ex = ProcessPoolExecutor(max_workers=2, initializer=init, initargs=('item',))
    print(list(ex.map(label, range(3))))
    ex.shutdown(wait=True)
    try:
        ex.submit(label, 9)
    except RuntimeError as e:
        print('RuntimeError', e)
    ex.shutdown()
    for kwargs in ({'max_workers': 0}, {'max_workers': -1}, {'max_tasks_per_child': 0}, {'initializer': 5}):
        try:
            ProcessPoolExecutor(**kwargs)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    with ProcessPoolExecutor(max_workers=1, max_tasks_per_child=1) as ex:
        print([ex.submit(label, i).result() for i in range(3)])
