# An exception in a worker comes back to the parent from map/apply with its type and message.
import multiprocessing as mp


def check(x):
    if x == 3:
        raise KeyError('three')
    return x


def boom(msg):
    raise RuntimeError(msg)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    with mp.Pool(2) as pool:
        try:
            pool.map(check, range(5))
        except KeyError as e:
            print('KeyError', e, type(e.__cause__).__name__)
        try:
            pool.apply(boom, ('bad thing',))
        except RuntimeError as e:
            print('RuntimeError', e)
            print('Traceback (most recent call last)' in str(e.__cause__))
        print(pool.map(check, [0, 1, 2]))
