# daemon: inherited from the creating thread unless given; a daemon thread still running
# when the program ends is abandoned, a non-daemon one is waited for.
import threading
import time

print(threading.main_thread().daemon)
print(threading.Thread().daemon)
print(threading.Thread(daemon=True).daemon)
t = threading.Thread()
t.daemon = True
print(t.daemon)

inherited = []


def child():
    inherited.append(threading.Thread().daemon)
    inherited.append(threading.Thread(daemon=False).daemon)


for d in (True, False):
    t = threading.Thread(target=child, daemon=d)
    t.start()
    t.join()
print(inherited)

# A daemon thread blocked forever does not keep the program alive.
forever = threading.Event()
ready = threading.Event()


def stuck():
    ready.set()
    forever.wait()
    print('never printed')


d = threading.Thread(target=stuck, daemon=True)
d.start()
ready.wait()
print('daemon alive:', d.is_alive())


# A non-daemon thread finishes its work after the main thread's last line.
def late():
    main_done.wait()
    time.sleep(0.01)
    print('late thread done')


main_done = threading.Event()
n = threading.Thread(target=late)
n.start()
print('main thread done')
main_done.set()
