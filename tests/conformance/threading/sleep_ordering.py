# time.sleep() in threads: it releases the GIL, so sleeping threads overlap and wake in
# the order of their deadlines; sleep(0) just yields.
import threading
import time

order = []
lock = threading.Lock()
go = threading.Barrier(4)


def sleeper(name, seconds):
    go.wait()
    time.sleep(seconds)
    with lock:
        order.append(name)


ts = [threading.Thread(target=sleeper, args=(n, s)) for n, s in (('c', 0.3), ('a', 0.02), ('b', 0.15))]
for t in ts:
    t.start()
start = time.monotonic()
go.wait()
for t in ts:
    t.join()
elapsed = time.monotonic() - start
# Had a sleep kept the others from running, they would end in the order they began.
print(order)
print('waited for the longest:', elapsed >= 0.29)

# sleep(0) and tiny sleeps are fine; a negative one is an error.
time.sleep(0)
time.sleep(0.0001)
for bad in (-1, -0.5):
    try:
        time.sleep(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    time.sleep('1')
except TypeError as e:
    print('TypeError', e)

# A sleeping thread does not stop the main thread from running.
progress = []
t = threading.Thread(target=lambda: (time.sleep(0.1), progress.append('slept')))
t.start()
progress.append('main ran')
t.join()
print(progress)
