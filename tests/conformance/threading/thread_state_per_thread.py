# Per-thread interpreter state: names counted across Thread subclasses and Timers, the
# exception being handled (sys.exc_info) and the recursion depth are each thread's own;
# a generator running in one thread cannot be resumed from another.
import threading, sys, time
# Thread name reuse counter across Timer and subclass
class T(threading.Thread):
    def __init__(self):
        super().__init__()
print(T().name, threading.Timer(1, print).name, threading.Thread(target=print).name)
# excepthook receiving thread that set its own name; exception in excepthook args
seen = []
threading.excepthook = lambda a: seen.append((a.exc_type.__name__, a.thread.name, a.exc_traceback.tb_frame.f_code.co_name))
def f():
    raise ValueError
t = threading.Thread(target=f, name='x'); t.start(); t.join()
print(seen)
# sys.exc_info inside thread is per-thread
res = []
ev1 = threading.Event(); ev2 = threading.Event()
def a():
    try:
        raise KeyError('a')
    except KeyError:
        ev1.set(); ev2.wait()
        res.append(('a', sys.exc_info()[0].__name__))
def b():
    ev1.wait()
    res.append(('b', sys.exc_info()[0]))
    ev2.set()
ta = threading.Thread(target=a); tb = threading.Thread(target=b)
ta.start(); tb.start(); ta.join(); tb.join()
print(res)
# recursion limit per thread, deep recursion in thread
def deep(n): return 0 if n == 0 else 1 + deep(n - 1)
out = []
t = threading.Thread(target=lambda: out.append(deep(500))); t.start(); t.join(); print(out)
def inf(): return inf()
err = []
def run_inf():
    try: inf()
    except RecursionError as e: err.append(str(e))
t = threading.Thread(target=run_inf); t.start(); t.join(); print(err)
# generators shared across threads: "generator already executing"
inside = threading.Event()
def g():
    yield 1
    inside.set()
    ev3.wait()
    yield 2
ev3 = threading.Event()
gen = g(); next(gen)
errs = []
def adv():
    try: next(gen)
    except ValueError as e: errs.append(str(e))
t1 = threading.Thread(target=adv); t1.start()
inside.wait()
t2 = threading.Thread(target=adv); t2.start(); t2.join()
ev3.set(); t1.join()
print(errs)
