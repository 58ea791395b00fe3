# ProcessPoolExecutor.map: input order kept, several iterables, chunksize, timeout.
from concurrent.futures import ProcessPoolExecutor


def mul(a, b):
    return a * b


def square(x):
    return x * x


if __name__ == '__main__':
    import multiprocessing as mp
    mp.set_start_method('spawn')
    with ProcessPoolExecutor(max_workers=3) as ex:
        print(list(ex.map(square, range(8))))
        print(list(ex.map(square, range(10), chunksize=3)))
        print(list(ex.map(mul, [1, 2, 3], 'abc')))
        print(list(ex.map(square, [], chunksize=4)))
        for r in ex.map(square, [5, 6], timeout=10):
            print(r)
    try:
        with ProcessPoolExecutor(1) as ex:
            ex.map(square, [1], chunksize=0)
    except ValueError as e:
        print('ValueError', e)
