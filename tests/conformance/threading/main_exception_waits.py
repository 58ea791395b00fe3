# An uncaught exception in the main thread: its traceback is printed, the non-daemon
# threads still run to their end, and the exit status is 1.
import threading
import time

started = threading.Event()


def worker():
    started.set()
    time.sleep(0.05)
    print('worker finished')


threading.Thread(target=worker).start()
started.wait()
print('main raises')
raise ValueError('main thread failed')
