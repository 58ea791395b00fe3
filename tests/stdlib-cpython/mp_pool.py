# multiprocessing.Pool: map/starmap/imap/apply/async, callbacks, errors, chunks, lifecycle.
import multiprocessing as mp
import os


def square(x):
    return x * x


def add(a, b):
    return a + b


def inverse(x):
    return 1 / x


def whoami(_):
    return os.getpid()


def slow_identity(x):
    import time
    time.sleep(0.01 * (5 - x))
    return x


counter = 0


def init(value):
    global counter
    counter = value


def read_counter(_):
    global counter
    counter += 1
    return counter


if __name__ == '__main__':
    mp.set_start_method('spawn')
    with mp.Pool(3) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, []))
        print(pool.starmap(add, [(1, 2), ('a', 'b'), ([1], [2])]))
        print(list(pool.imap(square, range(7))))
        print(list(pool.imap(square, range(7), chunksize=3)))
        print(sorted(pool.imap_unordered(slow_identity, range(5))))
        print(sorted(pool.imap_unordered(square, range(9), chunksize=4)))
        print(pool.apply(add, (2, 3)), pool.apply(add, kwds={'a': 1, 'b': 1}))
        r = pool.apply_async(square, (12,))
        print(r.get(timeout=5), r.ready(), r.successful())
        got = []
        r = pool.map_async(square, range(5), callback=got.append)
        r.wait()
        print(r.get(), got)
        errs = []
        r = pool.apply_async(inverse, (0,), error_callback=lambda e: errs.append(repr(e)))
        try:
            r.get()
        except ZeroDivisionError as e:
            print('caught', repr(e), type(e.__cause__).__name__)
            lines = str(e.__cause__).splitlines()
            print(lines[0], lines[1], lines[-2:])
        print(errs, r.successful())
        try:
            pool.map(inverse, [1, 0, 2])
        except ZeroDivisionError as e:
            print('map raised', e)
        it = pool.imap(inverse, [1, 0, 4])
        print(next(it))
        try:
            next(it)
        except ZeroDivisionError as e:
            print('imap raised', e)
        print(next(it))
        try:
            pool.map(lambda x: x, [1])
        except Exception as e:
            print(type(e).__name__, e)
        r = pool.starmap_async(add, [(1, 1)] * 4)
        print(r.get())
        print(len(set(pool.map(whoami, range(30), chunksize=1))) <= 3)
        print(repr(pool).split(' state=')[0], 'state=RUN' in repr(pool))
    try:
        pool.map(square, [1])
    except ValueError as e:
        print('ValueError', e)

    pool = mp.Pool(2, initializer=init, initargs=(100,))
    print(sorted(pool.map(read_counter, range(4), chunksize=1))[0] > 100)
    pool.close()
    pool.join()
    try:
        pool.apply(square, (1,))
    except ValueError as e:
        print('closed:', e)

    pool = mp.Pool(2, maxtasksperchild=1)
    print(len(set(pool.map(whoami, range(4), chunksize=1))))
    pool.close()
    pool.join()

    pool = mp.Pool(1)
    print(pool.map(square, range(3)))
    pool.terminate()
    pool.join()
    for bad in (0, -1):
        try:
            mp.Pool(bad)
        except ValueError as e:
            print('ValueError', e)
    try:
        mp.Pool(1, maxtasksperchild=0)
    except ValueError as e:
        print('ValueError', e)
