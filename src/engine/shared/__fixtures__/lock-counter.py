import threading

counter = 0
lock = threading.Lock()

def work():
    global counter
    for _ in range(20_000):
        lock.acquire()
        counter = counter + 1
        lock.release()

threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
