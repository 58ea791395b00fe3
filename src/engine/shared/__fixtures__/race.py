import sys, threading

sys.setswitchinterval(1e-6)
counter = 0

def add_one(x):
    return x + 1

def atomic():
    global counter
    for _ in range(200_000):
        counter += 1

def racy():
    global counter
    for _ in range(200_000):
        counter = add_one(counter)

for target in (atomic, racy):
    counter = 0
    threads = [threading.Thread(target=target) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(target.__name__, counter)
