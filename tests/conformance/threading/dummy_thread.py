# threading.current_thread() in a thread started with _thread: a _DummyThread, named
# Dummy-N, daemon, alive, listed by enumerate(), which cannot be joined.
import threading
import _thread
import time

lock = _thread.allocate_lock()
lock.acquire()
info = []


def raw():
    t = threading.current_thread()
    info.append((t.name, t.daemon, t.is_alive(), type(t).__name__, t in threading.enumerate(), t.ident == _thread.get_ident()))
    info.append(threading.current_thread() is t)
    info.append(threading.active_count())
    try:
        t.join()
    except AssertionError as e:
        info.append(('AssertionError', str(e)))
    info.append(repr(t).replace(str(t.ident), 'ID'))
    lock.release()


first = threading.Thread(target=lambda: None)
first.start()
first.join()
_thread.start_new_thread(raw, ())
lock.acquire()
print(info)
print(threading.Timer(1, print).args, threading.Timer(1, print).kwargs)


def late():
    time.sleep(0.05)
    print('thread done')


threading.Thread(target=late).start()
print('main end')
