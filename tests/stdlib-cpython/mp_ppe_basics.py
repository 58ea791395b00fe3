# concurrent.futures.ProcessPoolExecutor: submit/map/chunks, errors with the remote
# traceback, the context manager.
import concurrent.futures as cf
import multiprocessing as mp
import sys
import traceback


def cube(x):
    return x ** 3


def div(a, b):
    return a / b


if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        f = ex.submit(cube, 3)
        print(f.result(), f.done(), f.exception())
        print(list(ex.map(cube, range(6))))
        print(list(ex.map(div, [1, 4, 9], [1, 2, 3], chunksize=2)))
        print(list(ex.map(cube, range(10), chunksize=4)))
        f = ex.submit(div, 1, 0)
        try:
            f.result()
        except ZeroDivisionError as e:
            print('caught', repr(e), type(e.__cause__).__name__)
            print(str(e.__cause__).splitlines()[-2:])
        print(type(f.exception()).__name__)
        try:
            list(ex.map(div, [1, 2], [1, 0]))
        except ZeroDivisionError as e:
            print('map raised', e)
        f = ex.submit(lambda: 1)
        try:
            f.result()
        except Exception as e:
            print(type(e).__name__, e)
        done, _ = cf.wait([ex.submit(cube, i) for i in range(5)])
        print(sorted(d.result() for d in done))
        print(sorted(f.result() for f in cf.as_completed([ex.submit(cube, i) for i in (7, 8)])))
        try:
            list(ex.map(cube, [1], chunksize=0))
        except ValueError as e:
            print('ValueError', e)
    try:
        ex.submit(cube, 1)
    except RuntimeError as e:
        print('RuntimeError', e)

    sys.stdout.flush()
    try:
        with cf.ProcessPoolExecutor(1, mp_context=ctx) as ex:
            ex.submit(div, 2, 0).result()
    except ZeroDivisionError:
        traceback.print_exc()
