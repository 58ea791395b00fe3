# Future.add_done_callback(): callbacks run in the order added, once the future is done,
# with the future as argument; added to a done future, it runs at once in the caller.
from concurrent.futures import ThreadPoolExecutor, Future
import threading

log = []
gate = threading.Event()
with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(lambda: (gate.wait(), 21)[1] * 2)
    for name in ('first', 'second', 'third'):
        f.add_done_callback(lambda fut, name=name: log.append((name, fut.result())))
    print('before:', log)
    gate.set()
    f.result()
ex.shutdown()
print(log)

# The callbacks run in the thread that completed the future.
where = []
with ThreadPoolExecutor(max_workers=1, thread_name_prefix='cbpool') as ex:
    gate = threading.Event()
    f = ex.submit(gate.wait)
    f.add_done_callback(lambda fut: where.append(threading.current_thread().name))
    gate.set()
print(where)

# Already done: the callback runs now, in this thread.
f.add_done_callback(lambda fut: where.append(('now', threading.current_thread().name)))
print(where)

# On a Future completed by hand.
fut = Future()
fut.add_done_callback(lambda x: log.append(('manual', x.result())))
fut.set_result('value')
print(log[-1])
fut = Future()
fut.add_done_callback(lambda x: log.append(('cancelled', x.cancelled())))
fut.cancel()
print(log[-1])
fut = Future()
fut.add_done_callback(lambda x: log.append(('exc', type(x.exception()).__name__)))
fut.set_exception(OSError('io'))
print(log[-1])

# A callback that raises is reported on stderr ("exception calling callback for ...") and
# the next callbacks still run. Frames outside this file are dropped before printing.
import os
import re
import sys

ME = os.path.basename(__file__)


class Capture:
    def __init__(self):
        self.text = ''

    def write(self, s):
        self.text += s
        return len(s)

    def flush(self):
        pass

    def lines(self):
        out = []
        skip = False
        for line in self.text.splitlines():
            if line.startswith('  File "'):
                skip = not line.split('"')[1].endswith(ME)
                if skip:
                    continue
            elif skip and line.startswith('    '):
                continue
            else:
                skip = False
            out.append(re.sub(r'0x[0-9a-f]+', 'ADDR', line))
        return out


def bad_callback(fut):
    raise ValueError('callback failed')


cap = Capture()
real, sys.stderr = sys.stderr, cap
try:
    fut = Future()
    fut.add_done_callback(bad_callback)
    fut.add_done_callback(lambda x: log.append('after the bad one'))
    fut.set_result(5)
    fut.add_done_callback(bad_callback)
finally:
    sys.stderr = real
print(log[-1])
for line in cap.lines():
    print(line)
