import threading

class Counter:
    def __init__(self):
        self._value = 0
        self._lock = threading.Lock()

    def increment(self, by=1):
        with self._lock:
            self._value += by

    @property
    def value(self):
        with self._lock:
            return self._value

def worker(counter, times):
    for _ in range(times):
        counter.increment()

counter = Counter()
workers = [threading.Thread(target=worker, args=(counter, 1000)) for _ in range(8)]
for w in workers: w.start()
for w in workers: w.join()
assert counter.value == 8000, counter.value
print("final:", counter.value)
