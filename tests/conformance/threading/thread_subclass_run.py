# Subclassing Thread: run() overridden, __init__ extended, results kept on the object.
import threading


class Summer(threading.Thread):
    def __init__(self, numbers, **kw):
        super().__init__(**kw)
        self.numbers = numbers
        self.total = None

    def run(self):
        self.total = sum(self.numbers)


workers = [Summer(range(i * 10), name=f'sum{i}') for i in range(1, 5)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([(w.name, w.total) for w in workers])


# run() calls the target of the base class when it is not overridden.
class Logged(threading.Thread):
    def __init__(self, log, **kw):
        super().__init__(**kw)
        self.log = log

    def run(self):
        self.log.append('before')
        super().run()
        self.log.append('after')


log = []
t = Logged(log, target=log.append, args=('target',))
t.start()
t.join()
print(log)

# run() may be called directly: it runs in the calling thread.
log2 = []
t = threading.Thread(target=lambda: log2.append(threading.current_thread().name))
t.run()
print(log2)


# A subclass that forgot to call Thread.__init__.
class Broken(threading.Thread):
    def __init__(self):
        pass


b = Broken()
try:
    b.start()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    b.join()
except RuntimeError as e:
    print('RuntimeError', e)


# A subclass with extra state and a method called from the thread.
class Pinger(threading.Thread):
    def __init__(self):
        super().__init__(daemon=False)
        self.count = 0

    def ping(self):
        self.count += 1

    def run(self):
        for _ in range(5):
            self.ping()


p = Pinger()
p.start()
p.join()
print(p.count, p.daemon, isinstance(p, threading.Thread))
