# The camelCase aliases still work and warn with DeprecationWarning, shown on stderr
# because they are called from __main__.
import threading

t = threading.Thread(target=lambda: None, name='old')
print(t.getName())
t.setName('renamed')
print(t.name)
print(t.isDaemon())
t.setDaemon(True)
print(t.daemon)
print(threading.currentThread() is threading.current_thread())
print(threading.activeCount())
e = threading.Event()
print(e.isSet())
c = threading.Condition()
with c:
    c.notifyAll()
print('done')
