# ThreadPoolExecutor.submit(): a Future whose result(), exception(), done() and
# running() report the call's outcome; the executor as a context manager.
from concurrent.futures import ThreadPoolExecutor, Future
import concurrent.futures as cf
import threading


def square(x):
    return x * x


def add(a, b=0, *, c=0):
    return a + b + c


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(square, 7)
    print(isinstance(f, Future), f.result(), f.done(), f.running(), f.cancelled(), f.exception())
    print(ex.submit(add, 1, 2, c=3).result(timeout=10))
    print(ex.submit(add, a=5).result())
    print(ex.submit(lambda: None).result())
    fs = [ex.submit(square, i) for i in range(10)]
    print([f.result() for f in fs])
    print(ex.submit(threading.current_thread).result() is not threading.current_thread())

# result() waits for a call that is still running.
gate = threading.Event()
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(lambda: (gate.wait(), 'released')[1])
    print(f.done())
    gate.set()
    print(f.result(), f.done())

# The context manager waits for the work submitted in it.
out = []
with ThreadPoolExecutor(max_workers=3) as ex:
    for i in range(6):
        ex.submit(out.append, i)
print(sorted(out))

# submit() passes keyword arguments named fn and self through.
def kw(**kwargs):
    return sorted(kwargs.items())


with ThreadPoolExecutor(1) as ex:
    print(ex.submit(kw, fn=1, self=2).result())
print(cf.ThreadPoolExecutor is ThreadPoolExecutor)
