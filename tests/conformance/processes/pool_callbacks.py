# apply_async and map_async callbacks run in the parent; error_callback gets the exception.
import multiprocessing as mp


def half(x):
    if x < 0:
        raise ValueError('negative: %d' % x)
    return x / 2


if __name__ == '__main__':
    mp.set_start_method('spawn')
    got, errors = [], []
    with mp.Pool(2) as pool:
        r1 = pool.apply_async(half, (8,), callback=got.append, error_callback=errors.append)
        r2 = pool.apply_async(half, (-1,), callback=got.append, error_callback=errors.append)
        r3 = pool.map_async(half, [2, 4, 6], callback=got.append)
        for r in (r1, r2, r3):
            r.wait(10)
        print(r1.get(), r3.get())
        try:
            r2.get()
        except ValueError as e:
            print('ValueError', e)
        print(r2.successful())
    print(sorted(got, key=str))
    print([type(e).__name__ + ': ' + str(e) for e in errors])
