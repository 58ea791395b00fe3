import threading, time
def worker(n, out, lock):
    for i in range(3):
        with lock:
            out.append((n, i))
        time.sleep(0.01)
lock = threading.Lock(); out = []
ts = [threading.Thread(target=worker, args=(k, out, lock)) for k in range(3)]
print([t.name for t in ts])
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out))
print(threading.active_count(), threading.current_thread().name, threading.main_thread() is threading.current_thread())
ev = threading.Event()
r = []
def waiter():
    r.append(ev.wait(1))
t = threading.Thread(target=waiter, name="w"); t.start(); time.sleep(0.05); ev.set(); t.join(); print(r, repr(t)[:25])
b = threading.Barrier(3)
res = []
def bw():
    res.append(b.wait())
ts = [threading.Thread(target=bw) for _ in range(3)]
[t.start() for t in ts]; [t.join() for t in ts]
print(sorted(res))
s = threading.BoundedSemaphore(2)
s.acquire(); s.release()
try: s.release()
except ValueError as e: print("ValueError", e)
c = threading.Condition()
items=[]
def cons():
    with c:
        c.wait_for(lambda: items)
        print("got", items.pop())
t = threading.Thread(target=cons); t.start()
with c:
    items.append(42); c.notify()
t.join()
loc = threading.local()
loc.x = 1
def lw():
    print(hasattr(loc, 'x'))
    loc.x = 2
t = threading.Thread(target=lw); t.start(); t.join(); print(loc.x)
tm = threading.Timer(0.01, lambda: print("timer fired")); tm.start(); tm.join()
def boom(): raise ValueError("bad")
t = threading.Thread(target=boom); t.start(); t.join()
print("after", t.is_alive())
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
