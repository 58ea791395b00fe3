# concurrent.futures.wait(): ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION and a
# timeout; the result is a (done, not_done) named tuple of sets.
from concurrent.futures import (ThreadPoolExecutor, wait, ALL_COMPLETED, FIRST_COMPLETED,
                                FIRST_EXCEPTION)
import threading

print(ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION)


def names(fs, table):
    return sorted(table[f] for f in fs)


with ThreadPoolExecutor(max_workers=4) as ex:
    fs = {ex.submit(pow, 2, i): f'p{i}' for i in range(4)}
    r = wait(fs)
    print(type(r).__name__, r._fields, names(r.done, fs), names(r.not_done, fs))
    print(sorted(f.result() for f in r.done))

    gate = threading.Event()
    quick = ex.submit(lambda: 'quick')
    slow = ex.submit(gate.wait)
    table = {quick: 'quick', slow: 'slow'}
    done, not_done = wait([quick, slow], return_when=FIRST_COMPLETED)
    print('FIRST_COMPLETED', names(done, table), names(not_done, table))
    done, not_done = wait([quick, slow], timeout=0.05)
    print('timeout', names(done, table), names(not_done, table))
    gate.set()
    done, not_done = wait([quick, slow], return_when=ALL_COMPLETED)
    print('ALL_COMPLETED', names(done, table), names(not_done, table))


def boom():
    raise RuntimeError('boom')


with ThreadPoolExecutor(max_workers=3) as ex:
    gate = threading.Event()
    bad = ex.submit(boom)
    blocked = ex.submit(gate.wait)
    table = {bad: 'bad', blocked: 'blocked'}
    done, not_done = wait([bad, blocked], return_when=FIRST_EXCEPTION)
    print('FIRST_EXCEPTION', names(done, table), names(not_done, table))
    gate.set()
    ok = ex.submit(int, '1')
    ok.result()
    # No exception among them: FIRST_EXCEPTION waits for all.
    done, not_done = wait([ok, blocked], return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done))

print(wait([]))
# An unknown return_when is only noticed when wait() has to wait.
print(len(wait([ok], return_when='SOMETIMES').done))
