"""Known difference (free-threaded mode only): which thread reaches a Barrier last can change.

What you see: with `kitchen run --free-threaded`, this program sometimes prints
`['BrokenBarrierError', 'main action failed'] True` and sometimes
`['main BrokenBarrierError'] True` after an "Exception in thread" report of the ValueError;
python3 (a GIL build) prints the first.
tests/conformance/threading/barrier_broken.py, which ends the same way, is listed as
`threading/barrier_broken.py@shared-ft` in known-failures.txt (a run there may pass or fail).

Cause: a Barrier's action runs in the thread that arrives last. The helper thread releases
`arrived` and then calls wait(); with the GIL it keeps running after the release (the main
thread, woken, must first get the GIL), so it arrives first and the main thread runs the
action. Without a GIL both threads run at once on different cores, and either may arrive
last, as on python3.13t.
Workaround: do not let the program's output depend on which thread arrives last (have the
action record its result instead of raising, or compare sorted outcomes).
"""
import threading

arrived = threading.Semaphore(0)
errors = []
lock = threading.Lock()


def bad_action():
    raise ValueError('action failed')


def waiter(barrier):
    arrived.release()
    try:
        barrier.wait()
        with lock:
            errors.append('passed')
    except threading.BrokenBarrierError as e:
        with lock:
            errors.append(type(e).__name__)


b = threading.Barrier(2, action=bad_action)
t = threading.Thread(target=waiter, args=(b,))
t.start()
arrived.acquire()
try:
    b.wait()
    errors.append('main passed')
except ValueError as e:
    errors.append('main ' + str(e))
except threading.BrokenBarrierError:
    errors.append('main BrokenBarrierError')
t.join()
print(sorted(errors), b.broken)
