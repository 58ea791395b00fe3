# Pool.imap with chunksize keeps order; imap_unordered with chunksize gives every result;
# map_async raises the worker's exception from get().
import multiprocessing as mp


def inc(x):
    return x + 1


def picky(x):
    if x == 7:
        raise ArithmeticError('no %d' % x)
    return x


if __name__ == '__main__':
    mp.set_start_method('spawn')
    with mp.Pool(2) as pool:
        print(list(pool.imap(inc, range(12), chunksize=5)))
        print(sorted(pool.imap_unordered(inc, range(12), chunksize=3)))
        r = pool.map_async(picky, range(10), chunksize=2)
        try:
            r.get(10)
        except ArithmeticError as e:
            print('ArithmeticError', e)
        print(r.ready(), r.successful())
