# Process: start, join, exitcode, is_alive, name and pid before and after.
import multiprocessing as mp
import os


def work(q):
    q.put(('child', os.getpid() != os.getppid()))


if __name__ == '__main__':
    mp.set_start_method('spawn')
    q = mp.Queue()
    p = mp.Process(target=work, args=(q,))
    print(p.name, p.exitcode, p.is_alive(), p.pid is None, p.daemon)
    p.start()
    print(type(p.pid).__name__, p.pid != os.getpid())
    print(q.get())
    p.join()
    print(p.exitcode, p.is_alive())
    p.join()
    print('joined twice', p.exitcode)
