# Module-level odds and ends: TIMEOUT_MAX, stack_size, ThreadError, __all__ names,
# get_native_id.
import threading
import _thread

print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, type(threading.TIMEOUT_MAX).__name__)
print(threading.TIMEOUT_MAX > 1e9)
print(threading.stack_size())
print(threading.stack_size(65536))
print(threading.stack_size())
print(threading.stack_size(0))
print(threading.stack_size())
try:
    threading.stack_size(100)
except ValueError as e:
    print('ValueError', e)
print(threading.stack_size())
print(threading.ThreadError is _thread.error, threading.ThreadError is RuntimeError)

# A thread started after stack_size() was set still runs normally.
threading.stack_size(1 << 20)
out = []
t = threading.Thread(target=lambda: out.append('ran'))
t.start()
t.join()
threading.stack_size(0)
print(out)

for name in ['get_ident', 'get_native_id', 'active_count', 'Condition', 'current_thread',
             'enumerate', 'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock',
             'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError',
             'Timer', 'ThreadError', 'ExceptHookArgs', 'local', 'stack_size', 'excepthook']:
    print(name, name in threading.__all__, hasattr(threading, name))
print(callable(threading.Lock), callable(threading.RLock))
print(type(threading.Lock()) is _thread.LockType)
for bad in (-1, 'a', 1.5):
    try:
        threading.stack_size(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(threading.stack_size())
