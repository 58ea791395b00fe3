# A bounded Queue: put_nowait on a full queue raises queue.Full; full() and qsize().
import multiprocessing as mp
import queue


def drain(q, out):
    out.put([q.get() for _ in range(3)])


if __name__ == '__main__':
    mp.set_start_method('spawn')
    q = mp.Queue(maxsize=2)
    q.put(1)
    q.put(2)
    print(q.full(), q.qsize())
    try:
        q.put_nowait(3)
    except queue.Full as e:
        print('Full', repr(e))
    try:
        q.put(3, timeout=0.01)
    except queue.Full:
        print('Full after timeout')
    out = mp.Queue()
    p = mp.Process(target=drain, args=(q, out))
    p.start()
    q.put(3)
    print(out.get())
    p.join()
    print(q.empty(), q.full())
