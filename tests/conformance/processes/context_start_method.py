# get_context('spawn') gives a context whose Process/Queue/Pool work; get/set_start_method.
import multiprocessing as mp


def triple(x):
    return 3 * x


def put(q, x):
    q.put(triple(x))


if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    print(ctx.get_start_method(), type(ctx).__name__)
    q = ctx.Queue()
    p = ctx.Process(target=put, args=(q, 5))
    print(type(p).__name__, p.name.startswith('SpawnProcess-'))
    p.start()
    print(q.get())
    p.join()
    with ctx.Pool(2) as pool:
        print(pool.map(triple, [1, 2]))
    mp.set_start_method('spawn', force=True)
    print(mp.get_start_method())
    try:
        mp.set_start_method('spawn')
    except RuntimeError as e:
        print('RuntimeError', e)
    mp.set_start_method('spawn', force=True)
    try:
        mp.get_context('nonsense')
    except ValueError as e:
        print('ValueError', e)
    print(mp.cpu_count() >= 1, callable(mp.freeze_support))
    mp.freeze_support()
