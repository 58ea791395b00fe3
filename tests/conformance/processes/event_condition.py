# Event set by a child wakes the parent; Condition.wait/notify across processes.
import multiprocessing as mp


def setter(ev):
    ev.set()


def waiter(cond, ready, q):
    with cond:
        q.put('waiting')
        while not ready.value:
            cond.wait()
        q.put('woken with %d' % ready.value)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    ev = mp.Event()
    print(ev.is_set(), ev.wait(0.01))
    p = mp.Process(target=setter, args=(ev,))
    p.start()
    print(ev.wait(10), ev.is_set())
    p.join()
    ev.clear()
    print(ev.is_set())
    cond = mp.Condition()
    ready = mp.Value('i', 0)
    q = mp.Queue()
    p = mp.Process(target=waiter, args=(cond, ready, q))
    p.start()
    print(q.get())
    with cond:
        ready.value = 7
        cond.notify_all()
    print(q.get())
    p.join()
    try:
        cond.notify()
    except AssertionError as e:
        print('AssertionError', e)
