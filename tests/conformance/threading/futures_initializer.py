# ThreadPoolExecutor(initializer, initargs): runs once in each worker thread before its
# first task; an initializer that raises breaks the pool (BrokenThreadPool).
import os
import re
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool

local = threading.local()
inits = []
lock = threading.Lock()


def init(prefix, counter):
    local.prefix = prefix
    with lock:
        counter.append(threading.current_thread().name)


def tag(x):
    return f'{local.prefix}-{x}'


with ThreadPoolExecutor(max_workers=2, thread_name_prefix='init', initializer=init,
                        initargs=('w', inits)) as ex:
    print(ex.submit(tag, 1).result())
    print(sorted(ex.map(tag, range(4))))
print(1 <= len(inits) <= 2, all(n.startswith('init_') for n in inits))

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
            out.append(line)
        return out


def bad_init():
    raise OSError('no resource')


cap = Capture()
real, sys.stderr = sys.stderr, cap
try:
    ex = ThreadPoolExecutor(max_workers=1, initializer=bad_init)
    f = ex.submit(pow, 2, 3)
    try:
        f.result()
    except BrokenThreadPool as e:
        print('BrokenThreadPool', e)
    try:
        ex.submit(pow, 2, 3)
    except BrokenThreadPool as e:
        print('submit: BrokenThreadPool', e)
    ex.shutdown()
finally:
    sys.stderr = real
for line in cap.lines():
    print(line)
