# starmap, starmap_async, apply, apply_async with get(timeout), ready and successful.
import multiprocessing as mp


def add(a, b=0):
    return a + b


if __name__ == '__main__':
    mp.set_start_method('spawn')
    with mp.Pool(2) as pool:
        print(pool.starmap(add, [(1, 2), (3, 4), ('a', 'b')]))
        r = pool.starmap_async(add, [(5, 6)])
        print(r.get(10), r.ready(), r.successful())
        print(pool.apply(add, (1,), {'b': 41}))
        r = pool.apply_async(add, (2, 3))
        r.wait(10)
        print(r.ready(), r.get(), r.successful())
        results = [pool.apply_async(add, (i, i)) for i in range(5)]
        print([res.get(timeout=10) for res in results])
