# Submitting something that cannot be pickled: the future holds the pickling error.
from concurrent.futures import ProcessPoolExecutor
import re


def call(f):
    return f()


if __name__ == '__main__':
    import multiprocessing as mp
    mp.set_start_method('spawn')
    with ProcessPoolExecutor(max_workers=1) as ex:
        f = ex.submit(call, lambda: 1)
        e = f.exception(timeout=10)
        print(type(e).__name__, re.sub(r'0x[0-9a-f]+', '0x...', str(e)))
        print(ex.submit(abs, -5).result())
