# Several producers and consumers over two queues, with sentinels to stop the consumers.
import multiprocessing as mp


def produce(q, start):
    for i in range(start, start + 5):
        q.put(i)


def consume(q, out):
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item * item
    out.put(total)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    work, results = mp.Queue(), mp.Queue()
    producers = [mp.Process(target=produce, args=(work, s)) for s in (0, 100)]
    consumers = [mp.Process(target=consume, args=(work, results)) for _ in range(2)]
    for p in producers + consumers:
        p.start()
    for p in producers:
        p.join()
    for _ in consumers:
        work.put(None)
    totals = [results.get() for _ in consumers]
    for c in consumers:
        c.join()
    print(sum(totals), sum(i * i for i in list(range(5)) + list(range(100, 105))))
    print([p.exitcode for p in producers + consumers])
