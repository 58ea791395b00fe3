import threading

start = threading.Event()
barrier = threading.Barrier(3, action=lambda: print("all arrived"))

def runner(name):
    start.wait()
    print(name, "running")
    idx = barrier.wait()
    if idx == 0:
        print("leader:", name)

ts = [threading.Thread(target=runner, args=(f"r{i}",), daemon=True) for i in range(3)]
for t in ts:
    t.start()
start.set()
for t in ts:
    t.join(timeout=5)
