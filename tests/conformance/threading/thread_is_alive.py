# is_alive(), ident and native_id over a thread's life; join(timeout) returns None even
# when the thread is still running.
import threading

go = threading.Event()
started = threading.Event()


def worker():
    started.set()
    go.wait()


t = threading.Thread(target=worker)
print('before start:', t.is_alive(), t.ident, t.native_id)
t.start()
started.wait()
print('running:', t.is_alive(), type(t.ident).__name__, type(t.native_id).__name__)
print('ident differs from main:', t.ident != threading.get_ident())
print('join(0.01) returns', t.join(0.01), 'alive', t.is_alive())
print('join(0) returns', t.join(0), 'alive', t.is_alive())
print('join(-1) returns', t.join(-1), 'alive', t.is_alive())
ident = t.ident
go.set()
print('join() returns', t.join())
print('after join:', t.is_alive(), t.ident == ident)

# A thread that ends without being joined is no longer alive once it is done.
done = threading.Event()
t2 = threading.Thread(target=done.set)
t2.start()
done.wait()
t2.join()
print('t2 alive:', t2.is_alive())

# The main thread is alive; its ident is get_ident().
m = threading.main_thread()
print(m.is_alive(), m.ident == threading.get_ident(), m.native_id == threading.get_native_id())
