# A three-stage pipeline of threads joined by queues: parse -> transform -> collect, each
# stage stopping when it reads the sentinel and passing it on.
import queue
import threading

STOP = object()
raw = queue.Queue()
parsed = queue.Queue(maxsize=2)
results = []


def parse():
    while True:
        line = raw.get()
        if line is STOP:
            parsed.put(STOP)
            return
        name, _, value = line.partition('=')
        parsed.put((name.strip(), int(value)))


def transform(out):
    while True:
        item = parsed.get()
        if item is STOP:
            out.put(STOP)
            return
        name, value = item
        out.put(f'{name.upper()}:{value * value}')


def collect(inq):
    while True:
        item = inq.get()
        if item is STOP:
            return
        results.append(item)


final = queue.Queue()
stages = [threading.Thread(target=parse, name='parse'),
          threading.Thread(target=transform, args=(final,), name='transform'),
          threading.Thread(target=collect, args=(final,), name='collect')]
for s in stages:
    s.start()
for line in ['a = 1', 'b=2', ' c = 3', 'd=4', 'e = 12']:
    raw.put(line)
raw.put(STOP)
for s in stages:
    s.join()
print(results)
print([s.is_alive() for s in stages], raw.empty(), parsed.empty(), final.empty())
