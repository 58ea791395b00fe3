# join(timeout) waits at most that long; join() without a timeout waits until the end;
# several threads may join the same thread.
import threading
import time

gate = threading.Event()
t = threading.Thread(target=gate.wait)
t.start()
start = time.monotonic()
t.join(0.05)
waited = time.monotonic() - start
print('alive after join(0.05):', t.is_alive(), 'waited >= 0.05:', waited >= 0.049)
t.join(timeout=0)
print('alive after join(0):', t.is_alive())

joined = []
lock = threading.Lock()


def joiner(i):
    t.join()
    with lock:
        joined.append(i)


js = [threading.Thread(target=joiner, args=(i,)) for i in range(3)]
for j in js:
    j.start()
print('joiners waiting:', joined)
gate.set()
for j in js:
    j.join()
print(sorted(joined), t.is_alive())

# A thread that already finished: join returns at once, with or without a timeout.
t.join()
t.join(1)
print('joined again')

# join from a thread other than the creator.
result = []
inner = threading.Thread(target=lambda: result.append('inner'))


def outer():
    inner.start()
    inner.join()
    result.append('outer')


o = threading.Thread(target=outer)
o.start()
o.join()
print(result)
