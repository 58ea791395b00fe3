# threading.Lock: acquire/release/locked, non-blocking and timed acquire, the context
# manager, and the errors with python3's messages.
import threading

lock = threading.Lock()
print(lock.locked())
print(lock.acquire())
print(lock.locked())
print(lock.acquire(False))
print(lock.acquire(blocking=False))
print(lock.acquire(timeout=0.01))
print(lock.acquire(True, 0))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    lock.release()
except threading.ThreadError as e:
    print('ThreadError is RuntimeError:', threading.ThreadError is RuntimeError)

with lock:
    print('inside with:', lock.locked())
print('after with:', lock.locked())

try:
    with lock:
        raise ValueError('inside')
except ValueError:
    print('released after an exception:', not lock.locked())

for kwargs in ({'blocking': False, 'timeout': 1}, {'timeout': 'x'}, {'timeout': -2}, {'timeout': 1e20}):
    try:
        lock.acquire(**kwargs)
    except (ValueError, TypeError, OverflowError) as e:
        # The messages of -2 and 1e20 changed after python3.11; the types did not.
        print(type(e).__name__, e if 'timeout' not in kwargs or kwargs['timeout'] not in (-2, 1e20) else '')
try:
    lock.acquire(True, 1, 2)
except TypeError as e:
    print('TypeError')
print(lock.locked())
print(lock.acquire(timeout=-1))
lock.release()
print(lock.acquire(True, 0.5))
lock.release()
print(lock.acquire(1))
lock.release()
print(lock.acquire(0))
lock.release()

import re
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(lock)))
lock.acquire()
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(lock)))
lock.release()
print(type(lock).__name__)
