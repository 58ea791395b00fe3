# Several producers and consumers over a bounded Queue with sentinels.
import queue
import threading

q = queue.Queue(maxsize=3)
results = queue.Queue()
N_PRODUCERS, N_CONSUMERS, PER = 3, 2, 10


def producer(k):
    for i in range(PER):
        q.put((k, i))


def consumer(name):
    count = 0
    while True:
        item = q.get()
        if item is None:
            results.put((name, count))
            return
        k, i = item
        results.put(('item', k * 100 + i))
        count += 1


producers = [threading.Thread(target=producer, args=(k,)) for k in range(N_PRODUCERS)]
consumers = [threading.Thread(target=consumer, args=(f'c{j}',)) for j in range(N_CONSUMERS)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
items = []
counts = {}
while not results.empty():
    a, b = results.get()
    if a == 'item':
        items.append(b)
    else:
        counts[a] = b
print(len(items), sorted(items) == sorted(k * 100 + i for k in range(N_PRODUCERS) for i in range(PER)))
print(sorted(counts), sum(counts.values()))
print(q.empty(), q.qsize())
