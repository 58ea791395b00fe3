# The same race, fixed: a Lock makes the read-modify-write one step that no
# other thread can interleave with. Only one chef holds the pantry key.
import sys
import threading

sys.setswitchinterval(1e-6)

counter = 0
lock = threading.Lock()


def add_one(x):
    return x + 1


def safe(n):
    global counter
    for _ in range(n):
        with lock:
            counter = add_one(counter)


threads = [threading.Thread(target=safe, args=(50_000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"expected 200000, got {counter}")
