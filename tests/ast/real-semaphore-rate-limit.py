import threading
import time

pool = threading.BoundedSemaphore(value=3)
active = 0
peak = 0
guard = threading.Lock()

def download(i):
    global active, peak
    with pool:
        with guard:
            active += 1
            peak = max(peak, active)
        time.sleep(0.01)
        with guard:
            active -= 1
    return i

threads = [threading.Thread(target=download, args=(i,)) for i in range(10)]
[t.start() for t in threads]
[t.join() for t in threads]
print("peak concurrency:", peak)
