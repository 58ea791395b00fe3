# ProcessPoolExecutor.submit: results, many futures, done callbacks, as_completed and wait.
from concurrent.futures import ProcessPoolExecutor, as_completed, wait, ALL_COMPLETED


def power(x, n=2):
    return x ** n


if __name__ == '__main__':
    import multiprocessing as mp
    mp.set_start_method('spawn')
    with ProcessPoolExecutor(max_workers=2) as ex:
        f = ex.submit(power, 3)
        print(f.result(timeout=10), f.done(), f.exception())
        futs = [ex.submit(power, i, n=3) for i in range(5)]
        print([fu.result() for fu in futs])
        print(sorted(fu.result() for fu in as_completed(futs)))
        done, not_done = wait(futs, return_when=ALL_COMPLETED)
        print(len(done), len(not_done))
        seen = []
        g = ex.submit(power, 4)
        g.add_done_callback(lambda fu: seen.append(fu.result()))
        g.result()
    print(seen)
