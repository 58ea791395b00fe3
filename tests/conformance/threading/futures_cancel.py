# Future.cancel(): a pending future is cancelled (result() raises CancelledError), a
# running or finished one is not.
from concurrent.futures import ThreadPoolExecutor, CancelledError
import threading

started = threading.Event()
gate = threading.Event()


def blocker():
    started.set()
    gate.wait()
    return 'blocker done'


with ThreadPoolExecutor(max_workers=1) as ex:
    running = ex.submit(blocker)
    pending = ex.submit(lambda: 'never runs')
    started.wait()
    print('running:', running.running(), running.cancel(), running.cancelled())
    print('pending:', pending.running(), pending.done())
    print('cancel pending:', pending.cancel(), pending.cancel(), pending.cancelled(), pending.done())
    try:
        pending.result()
    except CancelledError as e:
        print('CancelledError', repr(e))
    try:
        pending.exception()
    except CancelledError:
        print('exception() raises CancelledError too')
    gate.set()
    print(running.result())
    print('finished:', running.cancel(), running.cancelled(), running.done())

# Cancelling from a done-callback's point of view.
calls = []
with ThreadPoolExecutor(max_workers=1) as ex:
    gate2 = threading.Event()
    first = ex.submit(gate2.wait)
    second = ex.submit(int, '3')
    second.add_done_callback(lambda f: calls.append(('callback', f.cancelled())))
    print(second.cancel())
    gate2.set()
print(calls)
print(issubclass(CancelledError, Exception))
