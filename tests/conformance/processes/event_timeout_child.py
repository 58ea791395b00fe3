# A child's Event.wait(timeout) returns False when nobody sets it, True once set.
import multiprocessing as mp


def waiter(ev, q):
    q.put(ev.wait(0.05))
    q.put(ev.wait(10))


if __name__ == '__main__':
    mp.set_start_method('spawn')
    ev, q = mp.Event(), mp.Queue()
    p = mp.Process(target=waiter, args=(ev, q))
    p.start()
    print(q.get())
    ev.set()
    print(q.get())
    p.join()
    print(p.exitcode)
