import threading, time
def nap():
    time.sleep(0.2)
t0 = time.perf_counter()
ts = [threading.Thread(target=nap) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
el = time.perf_counter() - t0
print("elapsed", round(el, 3), el < 0.3)
