# _thread, the module threading is built on: start_new_thread, allocate_lock, get_ident,
# LockType, RLock, error.
import _thread
import re
import sys

done = _thread.allocate_lock()
done.acquire()
out = []


def worker(a, b, c=0):
    out.append((a + b + c, _thread.get_ident() != main_ident))
    done.release()


main_ident = _thread.get_ident()
ident = _thread.start_new_thread(worker, (1, 2), {'c': 3})
print(type(ident).__name__)
done.acquire()
print(out)
_thread.start_new_thread(worker, (10, 20))
done.acquire()
print(out[-1])

print(type(_thread.allocate_lock()) is _thread.LockType, _thread.error is RuntimeError)
print(_thread.TIMEOUT_MAX > 0)
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release()
r.release()
print(r._is_owned())

for args in ((), (worker,), (worker, [1, 2]), (42, ()), (worker, (), [])):
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print('TypeError', e)


class Capture:
    def __init__(self):
        self.text = ''

    def write(self, s):
        self.text += s
        return len(s)

    def flush(self):
        pass


# An exception escaping a _thread thread is reported as "ignored".
def fails():
    try:
        raise KeyError('lost')
    finally:
        done.release()


cap = Capture()
real, sys.stderr = sys.stderr, cap
try:
    _thread.start_new_thread(fails, ())
    done.acquire()
    # The report is printed after the function returned: wait for it.
    lock = _thread.allocate_lock()
    lock.acquire()
    _thread.start_new_thread(lock.release, ())
    lock.acquire()
    # Its last line, not just the traceback's `raise KeyError` line, which comes first.
    while "KeyError: 'lost'\n" not in cap.text:
        lock.acquire(timeout=0.001)
finally:
    sys.stderr = real
first = cap.text.splitlines()[0]
print(re.sub(r'0x[0-9a-f]+', 'ADDR', first))
print(cap.text.splitlines()[-1])
