# Pool.map keeps the order of its input, with and without chunksize; context manager.
import multiprocessing as mp


def square(x):
    return x * x


if __name__ == '__main__':
    mp.set_start_method('spawn')
    with mp.Pool(2) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, [3, 1, 2], chunksize=2))
        print(pool.map(square, []))
        print(pool.map(len, ['a', 'bb', 'ccc']))
    print('after with')
