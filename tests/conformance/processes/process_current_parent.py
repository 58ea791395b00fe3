# current_process() and parent_process() in the parent and in a child; getppid links them.
import multiprocessing as mp
import os


def report(q):
    me = mp.current_process()
    parent = mp.parent_process()
    q.put((me.name, parent.name, parent.pid == os.getppid(), me.pid == os.getpid(),
           mp.current_process() is me, type(me).__name__))


if __name__ == '__main__':
    mp.set_start_method('spawn')
    print(mp.current_process().name, mp.parent_process(), type(mp.current_process()).__name__)
    print(mp.current_process().pid == os.getpid(), mp.current_process().daemon)
    q = mp.Queue()
    p = mp.Process(target=report, args=(q,), name='reporter')
    p.start()
    print(q.get())
    p.join()
