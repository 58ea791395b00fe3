# JoinableQueue: workers call task_done(); join() returns once every item is done.
import multiprocessing as mp


def worker(q, results):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.put(item * 2)
        q.task_done()


if __name__ == '__main__':
    mp.set_start_method('spawn')
    q, results = mp.JoinableQueue(), mp.Queue()
    ws = [mp.Process(target=worker, args=(q, results)) for _ in range(2)]
    for w in ws:
        w.start()
    for i in range(6):
        q.put(i)
    q.join()
    print('all done', sorted(results.get() for _ in range(6)))
    for _ in ws:
        q.put(None)
    q.join()
    for w in ws:
        w.join()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError', e)
