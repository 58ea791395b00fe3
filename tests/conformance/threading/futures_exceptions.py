# An exception raised by a submitted call: result() raises it, exception() returns it,
# the worker thread survives; the executor's own errors.
from concurrent.futures import ThreadPoolExecutor
import concurrent.futures as cf


def fail(kind, msg):
    raise kind(msg)


with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(fail, ValueError, 'bad input')
    try:
        f.result()
    except ValueError as e:
        print('result raised', type(e).__name__, e)
    e = f.exception()
    print(type(e).__name__, e.args, f.done())
    f2 = ex.submit(fail, KeyError, 'k')
    print(repr(f2.exception(timeout=10)))
    print(ex.submit(sum, [1, 2, 3]).result())
    # A BaseException that is not an Exception is caught too.
    f3 = ex.submit(fail, KeyboardInterrupt, 'stop')
    print(type(f3.exception()).__name__)
    f4 = ex.submit(fail, SystemExit, 4)
    print(type(f4.exception()).__name__, f4.exception().code)

    # The same exception object every time.
    print(f.exception() is f.exception())
    try:
        f.result()
    except ValueError as e1:
        try:
            f.result()
        except ValueError as e2:
            print('same object:', e1 is e2)

for args in ((0,), (-1,)):
    try:
        ThreadPoolExecutor(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    ThreadPoolExecutor(initializer=42)
except TypeError as e:
    print('TypeError', e)

ex = ThreadPoolExecutor(1)
ex.shutdown()
try:
    ex.submit(print, 'never')
except RuntimeError as e:
    print('RuntimeError', e)

from concurrent.futures._base import Error
print(issubclass(cf.CancelledError, Error), issubclass(Error, Exception))
print(cf.TimeoutError is TimeoutError, issubclass(cf.InvalidStateError, Error))
print(issubclass(cf.BrokenExecutor, RuntimeError))
from concurrent.futures.thread import BrokenThreadPool
print(issubclass(BrokenThreadPool, cf.BrokenExecutor))
