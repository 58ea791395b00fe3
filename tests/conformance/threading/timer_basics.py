# threading.Timer: calls its function with args/kwargs after the interval, unless
# cancel() comes first; it is a Thread.
import threading
import time

log = []
t = threading.Timer(0.02, log.append, args=('fired',))
print(isinstance(t, threading.Thread), t.interval, t.args, t.kwargs, t.daemon)
print(t.name.startswith('Thread-'))
t.start()
t.join()
print(log, t.is_alive(), t.finished.is_set())


def greet(greeting, name='world'):
    log.append(f'{greeting}, {name}')


t = threading.Timer(0.01, greet, ['hello'], {'name': 'timer'})
t.start()
t.join()
print(log[-1])

# Cancelled before it fires: the function is never called.
t = threading.Timer(10, log.append, args=('never',))
start = time.monotonic()
t.start()
t.cancel()
t.join()
print(log[-1], 'cancelled quickly:', time.monotonic() - start < 5)

# Cancel after it fired does nothing; cancel before start too.
t = threading.Timer(0, log.append, args=('zero',))
t.cancel()
t.start()
t.join()
print(log[-1])
t = threading.Timer(0.0, log.append, args=('zero interval',))
t.start()
t.join()
t.cancel()
print(log[-1])

# Timers fire in the order of their deadlines: the one started second fires first.
order = []
timers = [threading.Timer(d, order.append, args=(d,)) for d in (0.3, 0.02)]
for t in timers:
    t.start()
for t in timers:
    t.join()
print(order)


class MyTimer(threading.Timer):
    def run(self):
        log.append('subclass run')
        super().run()


t = MyTimer(0, log.append, ('subclass fired',))
t.start()
t.join()
print(log[-2:])
