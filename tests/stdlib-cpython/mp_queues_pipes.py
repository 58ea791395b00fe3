# Queue (bounded, Full/Empty, timeouts, close), JoinableQueue (task_done/join),
# SimpleQueue, Pipe (duplex and one-way, bytes, poll) across processes; and a queue
# given an object that cannot be pickled (the traceback python3's feeder thread prints).
import multiprocessing as mp
import queue
import time


def consumer(jq, results):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        results.put(item * 10)
        jq.task_done()


def producer(sq, n):
    for i in range(n):
        sq.put(('item', i))


def one_way(w):
    w.send_bytes(b'raw bytes')
    w.send({'k': [1, 2]})
    w.close()


if __name__ == '__main__':
    mp.set_start_method('spawn')
    q = mp.Queue(2)
    q.put(1)
    q.put_nowait(2)
    print(q.full(), q.qsize())
    try:
        q.put(3, timeout=0.01)
    except queue.Full:
        print('Full')
    try:
        q.put_nowait(3)
    except queue.Full:
        print('Full nowait')
    print(q.get(), q.get_nowait(), q.empty())
    try:
        q.get(timeout=0.01)
    except queue.Empty:
        print('Empty')
    try:
        q.get(False)
    except queue.Empty:
        print('Empty nowait')
    q.close()
    q.join_thread()
    try:
        q.put(1)
    except ValueError as e:
        print('ValueError', str(e).split(' object at ')[0])

    jq = mp.JoinableQueue()
    results = mp.Queue()
    workers = [mp.Process(target=consumer, args=(jq, results)) for _ in range(2)]
    for w in workers:
        w.start()
    for i in range(6):
        jq.put(i)
    jq.join()
    print(sorted(results.get() for _ in range(6)))
    for w in workers:
        jq.put(None)
    jq.join()
    for w in workers:
        w.join()
    print([w.exitcode for w in workers])
    try:
        jq.task_done()
    except ValueError as e:
        print('ValueError', e)

    sq = mp.SimpleQueue()
    print(sq.empty())
    p = mp.Process(target=producer, args=(sq, 3))
    p.start()
    p.join()
    print([sq.get() for _ in range(3)], sq.empty())
    sq.close()

    r, w = mp.Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
    p = mp.Process(target=one_way, args=(w,))
    p.start()
    print(r.poll(5), r.recv_bytes(), r.recv())
    p.join()
    try:
        w.recv()
    except OSError as e:
        print('OSError', e)
    try:
        r.send(1)
    except OSError as e:
        print('OSError', e)
    a, b = mp.Pipe()
    a.send_bytes(b'0123456789', 2, 3)
    print(b.recv_bytes())
    buf = bytearray(8)
    a.send_bytes(b'xyz')
    print(b.recv_bytes_into(buf, 1), buf)
    a.close()
    print(a.closed)
    try:
        a.send(1)
    except OSError as e:
        print('OSError', e)
    with b:
        pass
    print(b.closed)

    q = mp.Queue()
    q.put(lambda: 0)
    time.sleep(0.2)
    q.put('after')
    print(q.get())
