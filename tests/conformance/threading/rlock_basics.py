# threading.RLock: the owner may acquire again; it is free after as many releases; only
# the owner may release; repr shows the owner and the count.
import re
import threading

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False), r.acquire(timeout=0.01))
r.release()
r.release()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)

with r:
    with r:
        print('nested with')
    print('still held:', r._is_owned())
print('free:', r._is_owned())


def show(lock):
    text = re.sub(r'0x[0-9a-f]+', 'ADDR', repr(lock))
    return text.replace(str(threading.get_ident()), 'ME')


print(show(r))
r.acquire()
r.acquire()
print(show(r))
r.release()
r.release()
print(show(r))

# Another thread cannot release it, nor take it while it is held.
r.acquire()
out = []


def other():
    try:
        r.release()
    except RuntimeError as e:
        out.append(('release', str(e)))
    out.append(('try', r.acquire(False)))
    out.append(('timed', r.acquire(timeout=0.02)))


t = threading.Thread(target=other)
t.start()
t.join()
r.release()
print(out)

# Once released, another thread takes it (and may take it again).
t = threading.Thread(target=lambda: out.append(('free now', r.acquire(False), r.acquire(False))))
t.start()
t.join()
print(out[-1])
print(r.acquire(False))


for args in ({'blocking': False, 'timeout': 1},):
    try:
        threading.RLock().acquire(**args)
    except ValueError as e:
        print('ValueError', e)
