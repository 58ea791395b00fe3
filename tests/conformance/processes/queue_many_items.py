# Many items through one Queue from one producer keep their order; a dict of lists goes too.
import multiprocessing as mp


def produce(q, n):
    for i in range(n):
        q.put(i)
    q.put({'done': list(range(3))})


if __name__ == '__main__':
    mp.set_start_method('spawn')
    q = mp.Queue()
    p = mp.Process(target=produce, args=(q, 300))
    p.start()
    got = [q.get() for _ in range(300)]
    print(got == list(range(300)), q.get())
    p.join()
