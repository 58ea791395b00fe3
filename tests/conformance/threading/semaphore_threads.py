# A Semaphore(2) lets at most two threads in at once; a blocked acquire is woken by a
# release from another thread.
import threading

sem = threading.Semaphore(2)
lock = threading.Lock()
active = 0
peak = 0
done = []


def worker(i):
    global active, peak
    with sem:
        with lock:
            active += 1
            peak = max(peak, active)
        for _ in range(200):
            pass
        with lock:
            active -= 1
        done.append(i)


ts = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('peak <= 2:', peak <= 2, sorted(done))

# Blocked until released by another thread.
gate = threading.Semaphore(0)
order = []


def waiter():
    gate.acquire()
    order.append('waiter passed')


t = threading.Thread(target=waiter)
t.start()
print('still waiting:', t.join(0.05) is None and t.is_alive())
order.append('main releases')
gate.release()
t.join()
print(order)

# Two waiters, release(2) lets both through.
n = []
ts = [threading.Thread(target=lambda: (gate.acquire(), n.append(1))) for _ in range(2)]
for t in ts:
    t.start()
gate.release(2)
for t in ts:
    t.join()
print(len(n))
