# imap yields in input order, imap_unordered as results come (sorted here); next(timeout).
import multiprocessing as mp


def cube(x):
    return x ** 3


if __name__ == '__main__':
    mp.set_start_method('spawn')
    with mp.Pool(3) as pool:
        it = pool.imap(cube, range(6))
        print(next(it), next(it), list(it))
        print(sorted(pool.imap_unordered(cube, range(6), chunksize=2)))
        it = pool.imap(cube, [7])
        print(it.next(timeout=10))
        print(list(pool.imap(cube, [])))
