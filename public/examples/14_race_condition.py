# A race on a shared counter. `counter += 1` is a single step for the GIL (no
# switch can happen between its load and its store), but `counter = add_one(counter)`
# is not: a switch can come at the call, and an update is lost.
import sys
import threading

sys.setswitchinterval(1e-6)   # switch threads as often as possible

counter = 0


def add_one(x):
    return x + 1


def unsafe(n):
    global counter
    for _ in range(n):
        counter = add_one(counter)


threads = [threading.Thread(target=unsafe, args=(50_000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"expected 200000, got {counter}")
