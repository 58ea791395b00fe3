import threading
from collections import deque

class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = deque()
        self.cond = threading.Condition()

    def put(self, item):
        with self.cond:
            while len(self.items) >= self.capacity:
                self.cond.wait()
            self.items.append(item)
            self.cond.notify_all()

    def get(self):
        with self.cond:
            self.cond.wait_for(lambda: self.items)
            item = self.items.popleft()
            self.cond.notify_all()
            return item

buf = BoundedBuffer(2)
out = []
t = threading.Thread(target=lambda: [out.append(buf.get()) for _ in range(5)])
t.start()
for i in range(5):
    buf.put(i)
t.join()
print(out)
