# Waits and loops inside generators driven by builtins (list(), sorted(), sum()): the
# blocking calls happen below a native on the interpreter's stack, and a loop there must
# still let the clock run and other threads take their turn.
from concurrent.futures import ThreadPoolExecutor, Future, as_completed, TimeoutError
import threading

with ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(lambda x: x * 2, range(5))))
    fs = [ex.submit(pow, 2, i) for i in range(4)]
    print([f.result() for f in sorted(fs, key=lambda f: -f.result())])
    print(sum(f.result() for f in fs))
    print(sorted(f.result() for f in as_completed(fs)))

# as_completed(timeout=0) driven by list(): the deadline passes while the generator polls.
try:
    list(as_completed([Future()], timeout=0))
except TimeoutError as e:
    print('TimeoutError', e)

# A generator that spins until another thread sets a flag, driven by list().
flag = threading.Event()
go = threading.Event()


def setter():
    go.wait()
    flag.set()


def spin():
    go.set()
    while not flag.is_set():
        pass
    yield 'flag seen'


t = threading.Thread(target=setter)
t.start()
print(list(spin()))
t.join()
