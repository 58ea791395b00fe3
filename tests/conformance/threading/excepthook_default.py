# An exception escaping a thread's run(): "Exception in thread NAME (TARGET):" and the
# traceback on stderr, the thread ends, the program goes on. The frames inside the
# threading module are dropped before printing (their paths and lines are python3's own).
import os
import sys
import threading

ME = os.path.basename(__file__)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def lines(self):
        out = []
        skip = False
        for line in ''.join(self.parts).splitlines():
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


def fails():
    raise ValueError('bad value')


def deeper(n):
    if n == 0:
        raise KeyError('missing')
    deeper(n - 1)


class Sub(threading.Thread):
    def run(self):
        raise RuntimeError('from run')


def chained():
    try:
        raise KeyError('key')
    except KeyError as e:
        raise ValueError('while handling') from e


def renamed():
    threading.current_thread().name = 'new-name'
    raise OSError('after rename')


cap = Capture()
real = sys.stderr
sys.stderr = cap
try:
    t = threading.Thread(target=fails)
    t.start()
    t.join()
    print('after first:', t.is_alive())
    t = threading.Thread(target=deeper, args=(2,), name='deep')
    t.start()
    t.join()
    s = Sub()
    s.start()
    s.join()
    bad = lambda: (
        int('x')
    )
    t = threading.Thread(target=bad)
    t.start()
    t.join()
    for target in (chained, renamed):
        t = threading.Thread(target=target)
        t.start()
        t.join()
finally:
    sys.stderr = real
for line in cap.lines():
    print(line)
print('program goes on')
