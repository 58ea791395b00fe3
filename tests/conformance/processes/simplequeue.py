# SimpleQueue: put/get/empty/close across processes.
import multiprocessing as mp


def echo(inq, outq):
    while True:
        item = inq.get()
        if item is None:
            break
        outq.put(item[::-1])


if __name__ == '__main__':
    mp.set_start_method('spawn')
    inq, outq = mp.SimpleQueue(), mp.SimpleQueue()
    print(inq.empty(), type(inq).__name__)
    p = mp.Process(target=echo, args=(inq, outq))
    p.start()
    for word in ('abc', 'kitchen', (1, 2, 3)):
        inq.put(word)
        print(outq.get())
    inq.put(None)
    p.join()
    print(outq.empty(), p.exitcode)
    inq.close()
    outq.close()
