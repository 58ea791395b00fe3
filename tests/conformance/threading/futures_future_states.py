# A Future driven by hand: its states, set_running_or_notify_cancel(), result/exception
# timeouts, and InvalidStateError when it is completed twice.
from concurrent.futures import Future, InvalidStateError, TimeoutError, CancelledError
import re
import sys


def state(f):
    return (f.running(), f.cancelled(), f.done())


def clean(text):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', text)


f = Future()
print(state(f), clean(repr(f)))
for call in (lambda: f.result(timeout=0), lambda: f.exception(timeout=0.01)):
    try:
        call()
    except TimeoutError as e:
        print('TimeoutError', repr(e))
print(f.set_running_or_notify_cancel(), state(f), clean(repr(f)))
print(f.cancel(), state(f))

class Capture:
    def __init__(self):
        self.text = ''

    def write(self, s):
        self.text += s
        return len(s)

    def flush(self):
        pass


# python3 also logs the future's id and state on stderr.
cap = Capture()
real, sys.stderr = sys.stderr, cap
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print('RuntimeError', e)
finally:
    sys.stderr = real
print(re.sub(r'\d+', 'N', cap.text), end='')
f.set_result([1, 2])
print(state(f), f.result(), f.exception(), clean(repr(f)))
for call in (lambda: f.set_result(3), lambda: f.set_exception(ValueError())):
    try:
        call()
    except InvalidStateError as e:
        print('InvalidStateError', clean(str(e)))

g = Future()
g.set_exception(KeyError('k'))
print(state(g), repr(g.exception()), clean(repr(g)))
try:
    g.result()
except KeyError as e:
    print('KeyError', e)

c = Future()
print(c.cancel(), state(c), clean(repr(c)))
print(c.set_running_or_notify_cancel(), state(c))
try:
    c.set_result(1)
except InvalidStateError as e:
    print('InvalidStateError', clean(str(e)))
try:
    c.result(timeout=0)
except CancelledError:
    print('CancelledError')

# A pending future set without running first.
p = Future()
p.set_result(None)
print(state(p), p.result())
print(Future[int] is Future or Future[int].__origin__ is Future)
