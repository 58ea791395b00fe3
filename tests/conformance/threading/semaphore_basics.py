# Semaphore and BoundedSemaphore: counting, non-blocking and timed acquire, release(n),
# and the ValueErrors with python3's messages.
import re
import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release()
print(s.acquire(blocking=False))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
s.release(3)
print(s._value)
with s:
    print('inside with', s._value)
print(s._value)

for args, kw in (((-1,), {}), ((), {'value': -5})):
    try:
        threading.Semaphore(*args, **kw)
    except ValueError as e:
        print('ValueError', e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print('ValueError', e)
for n in (0, -1):
    try:
        s.release(n)
    except ValueError as e:
        print('ValueError', e)

print(threading.Semaphore(0).acquire(timeout=0))
print(threading.Semaphore().acquire(False))

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError', e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print('ValueError', e)
b.release(2)
print(b._value)
print(isinstance(b, threading.Semaphore))
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(s)))
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(b)))
