# A bank-queue simulation with deque and a seeded random generator.
import random
from collections import deque
random.seed(11)
q = deque()
served, waits = 0, []
for t in range(200):
    if random.random() < 0.3:
        q.append(t)
    if q and random.random() < 0.35:
        arrived = q.popleft()
        waits.append(t - arrived)
        served += 1
print(served, len(q), round(sum(waits) / len(waits), 3), max(waits))
