# Thread names: Thread-N counts every Thread created, "(target)" is added for a target
# with a __name__, an explicit name is converted with str().
import functools
import threading


def f():
    pass


class Call:
    def __call__(self):
        pass


print(threading.current_thread().name)
print(threading.Thread().name)
print(threading.Thread(target=f).name)
print(threading.Thread(target=lambda: None).name)
print(threading.Thread(target=Call()).name)
print(threading.Thread(target=functools.partial(f)).name)
print(threading.Thread(target=f, name='worker').name)
print(threading.Thread(target=f, name=42).name)
print(threading.Thread(name='').name)
print(threading.Thread(name=None).name)
t = threading.Thread(target=f)
t.name = 'renamed'
print(t.name)
t.name = 3.5
print(repr(t.name))

# The name seen from inside the thread.
seen = []
t = threading.Thread(target=lambda: seen.append(threading.current_thread().name), name='inside')
t.start()
t.join()
print(seen)


class Named(threading.Thread):
    def run(self):
        seen.append(self.name)


n = Named()
print(n.name)
n.start()
n.join()
print(seen)
