"""Known difference (free-threaded mode only): `counter += 1` from several threads loses updates.

What you see: with `kitchen run --free-threaded` (or the page's free-threaded switch) this
program prints less than 80000, and a different number on each run; python3 (a GIL build)
prints 80000. tests/conformance/threading/gil_counter.py, whose first line is this program's,
is therefore listed as `threading/gil_counter.py@shared-ft` in known-failures.txt.

Cause: the exact total is a property of the GIL, not of the language. With the GIL the
thread that runs `counter += 1` (LOAD_GLOBAL, BINARY_OP, STORE_GLOBAL) cannot be interrupted
between its load and its store, because the eval breaker is checked only at backward jumps
and calls. Without a GIL (PEP 703) the four threads run those instructions at the same time
on different cores, and two of them can load the same value and store the same sum. CPython's
own free-threaded build (python3.13t) loses updates here too; what PEP 703 keeps atomic is
each single operation on a list, dict or set (the `shared.append` part of gil_counter.py
stays exact in free-threaded mode, and so does the Lock-protected part).
Workaround: protect the read-modify-write with a threading.Lock, as the second half of
gil_counter.py does.
"""
import threading

counter = 0


def inc(n):
    global counter
    for _ in range(n):
        counter += 1


ts = [threading.Thread(target=inc, args=(20000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)
