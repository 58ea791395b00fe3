# An exception raised in a worker is re-raised by result(); its __cause__ carries the
# child's traceback as text, like python3's _RemoteTraceback.
from concurrent.futures import ProcessPoolExecutor


def divide(a, b):
    return a / b


if __name__ == '__main__':
    import multiprocessing as mp
    mp.set_start_method('spawn')
    with ProcessPoolExecutor(max_workers=1) as ex:
        f = ex.submit(divide, 1, 0)
        e = f.exception()
        print(type(e).__name__, e)
        try:
            f.result()
        except ZeroDivisionError as err:
            cause = err.__cause__
            print(type(cause).__name__)
            text = str(cause)
            print(text.startswith('\n"""\nTraceback (most recent call last):'))
            print(text.rstrip().splitlines()[-2])
            print(text.rstrip().endswith('"""'))
        try:
            list(ex.map(divide, [1, 2], [1, 0]))
        except ZeroDivisionError as err:
            print('map raised', err)
        print(ex.submit(divide, 6, 3).result())
