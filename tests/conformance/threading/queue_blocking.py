# Blocking put() and get(): get() waits for a put from another thread, put() on a full
# queue waits for a get, and the timed forms give up with Empty/Full.
import queue
import threading

q = queue.Queue(maxsize=1)
log = []
started = threading.Event()


def consumer():
    started.set()
    log.append(('got', q.get()))


t = threading.Thread(target=consumer)
t.start()
started.wait()
print('consumer still waiting:', t.join(0.05) is None and t.is_alive())
q.put('item')
t.join()
print(log)

# put() on a full queue waits until a consumer makes room.
q.put('first')
blocked = threading.Event()
done = threading.Event()


def producer():
    blocked.set()
    q.put('second')
    done.set()


t = threading.Thread(target=producer)
t.start()
blocked.wait()
print('producer waits:', not done.wait(0.05))
print(q.get())
t.join()
print('producer done:', done.is_set(), q.get())

# A timed get that succeeds because an item arrives in time.
results = []


def late_put():
    started2.wait()
    q.put('late')


started2 = threading.Event()
t = threading.Thread(target=late_put)
t.start()
started2.set()
results.append(q.get(timeout=10))
t.join()
try:
    q.get(timeout=0.02)
except queue.Empty:
    results.append('Empty')
q.put(1)
try:
    q.put(2, timeout=0.02)
except queue.Full:
    results.append('Full')
print(results)
