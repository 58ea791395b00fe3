# Executor.map: results in input order, several iterables, an exception re-raised when
# its result is reached, a timeout.
from concurrent.futures import ThreadPoolExecutor, TimeoutError
import threading


def slow_square(x):
    # Later items finish first; map still yields in input order.
    done[x].wait()
    return x * x


done = {i: threading.Event() for i in range(5)}
with ThreadPoolExecutor(max_workers=5) as ex:
    it = ex.map(slow_square, range(5))
    for i in reversed(range(5)):
        done[i].set()
    print(list(it))
    print(list(ex.map(pow, [2, 3, 4], [5, 2])))
    print(list(ex.map(str.upper, 'abc', chunksize=2)))
    print(list(ex.map(abs, [])))


def maybe_fail(x):
    if x == 2:
        raise ValueError(f'bad {x}')
    return x


with ThreadPoolExecutor(max_workers=2) as ex:
    got = []
    try:
        for r in ex.map(maybe_fail, range(5)):
            got.append(r)
    except ValueError as e:
        print('got', got, 'then', e)

# map with a timeout: a result that does not arrive in time raises TimeoutError.
never = threading.Event()
with ThreadPoolExecutor(max_workers=2) as ex:
    it = ex.map(lambda x: never.wait() if x else 'quick', [0, 1], timeout=0.05)
    print(next(it))
    try:
        next(it)
    except TimeoutError as e:
        print('TimeoutError', type(e).__module__)
    never.set()

# map submits everything at once (not lazily as the iterator is consumed).
submitted = []
with ThreadPoolExecutor(max_workers=2) as ex:
    it = ex.map(submitted.append, range(4))
    ex.shutdown(wait=True)
    print(sorted(submitted))
    print(list(it))
