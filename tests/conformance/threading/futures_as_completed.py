# as_completed(): futures in the order they finish, those already done first; a timeout
# raises TimeoutError naming how many are unfinished.
from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError
import threading

gates = [threading.Event() for _ in range(3)]


def job(i):
    gates[i].wait()
    return i


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(job, i) for i in range(3)]
    order = []
    it = as_completed(fs)
    for i in (2, 0, 1):
        gates[i].set()
        order.append(next(it).result())
    print(order)
    try:
        next(it)
    except StopIteration:
        print('StopIteration')

# Futures that are already done come out first.
with ThreadPoolExecutor(max_workers=2) as ex:
    done_f = ex.submit(lambda: 'early')
    done_f.result()
    gate = threading.Event()
    later = ex.submit(lambda: (gate.wait(), 'late')[1])
    it = as_completed([later, done_f])
    print(next(it).result())
    gate.set()
    print(next(it).result())

# Duplicates are yielded once.
with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(int, '5')
    print([x.result() for x in as_completed([f, f, f])])

# A timeout.
never = threading.Event()
with ThreadPoolExecutor(max_workers=2) as ex:
    fa = ex.submit(lambda: 'fast')
    fb = ex.submit(never.wait)
    fa.result()
    got = []
    try:
        for f in as_completed([fa, fb], timeout=0.05):
            got.append(f.result())
    except TimeoutError as e:
        print(got, 'TimeoutError:', e)
    never.set()

print(list(as_completed([])))
