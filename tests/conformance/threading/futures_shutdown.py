# ThreadPoolExecutor.shutdown(): wait=True waits for the work, cancel_futures=True
# cancels what has not started, wait=False returns at once; submit() after it fails.
from concurrent.futures import ThreadPoolExecutor
import threading

done = []
ex = ThreadPoolExecutor(max_workers=2)
fs = [ex.submit(done.append, i) for i in range(5)]
ex.shutdown(wait=True)
print(sorted(done), all(f.done() for f in fs))
try:
    ex.submit(print, 'x')
except RuntimeError as e:
    print('RuntimeError', e)
ex.shutdown()
print('second shutdown ok')

# cancel_futures: the queued futures are cancelled, the running one completes.
started = threading.Event()
gate = threading.Event()


def blocker():
    started.set()
    gate.wait()
    return 'ran'


ex = ThreadPoolExecutor(max_workers=1)
running = ex.submit(blocker)
queued = [ex.submit(int, str(i)) for i in range(3)]
started.wait()
t = threading.Thread(target=ex.shutdown, kwargs={'cancel_futures': True})
t.start()
# shutdown() waits for the running call: let it finish once the queue was emptied.
while not all(f.cancelled() for f in queued):
    threading.Event().wait(0.001)
gate.set()
t.join()
print(running.result(), [f.cancelled() for f in queued])

# wait=False: returns before the work is done; the work still completes.
gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
f = ex.submit(lambda: (gate.wait(), 'finished later')[1])
ex.shutdown(wait=False)
print('returned, done =', f.done())
gate.set()
print(f.result())

# The threads of a shut-down executor end.
ex = ThreadPoolExecutor(max_workers=3, thread_name_prefix='gone')
for i in range(3):
    ex.submit(pow, i, 2).result()
ex.shutdown()
print([t.name for t in threading.enumerate() if t.name.startswith('gone')])

# The with statement shuts down with wait=True, also after an exception.
out = []
try:
    with ThreadPoolExecutor(max_workers=1) as ex:
        ex.submit(out.append, 'submitted before the error')
        raise KeyError('in with')
except KeyError as e:
    print('KeyError', e, out)
try:
    ex.submit(print)
except RuntimeError as e:
    print('RuntimeError', e)
