# A child starts a grandchild: parent_process() and getppid() follow the tree.
import multiprocessing as mp
import os


def grandchild(q):
    q.put(('grandchild', mp.current_process().name, mp.parent_process().name, os.getppid() == mp.parent_process().pid))


def child(q):
    p = mp.Process(target=grandchild, args=(q,), name='gc')
    p.start()
    p.join()
    q.put(('child', mp.current_process().name, mp.parent_process().name, p.exitcode, len(mp.active_children())))


if __name__ == '__main__':
    mp.set_start_method('spawn')
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,), name='kid')
    p.start()
    print(q.get())
    print(q.get())
    p.join()
    print(p.exitcode)
