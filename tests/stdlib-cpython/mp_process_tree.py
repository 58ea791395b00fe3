# Process trees and bookkeeping: nested names (Process-1:1), parent_process() in a child,
# pids, active_children, daemonic processes may not have children, close(), repr states.
import multiprocessing as mp
import os


def mask(text):
    words = []
    for word in text.split(' '):
        key, eq, value = word.partition('=')
        if key in ('pid', 'parent') and value.isdigit():
            word = key + '=N'
        words.append(word)
    return ' '.join(words)


def grandchild(q):
    me = mp.current_process()
    q.put(('grandchild', me.name, me._identity, mp.parent_process().name,
           mp.parent_process().pid == os.getppid()))


def child(q):
    me = mp.current_process()
    q.put(('child', me.name, me.pid == os.getpid(), mp.parent_process().name,
           mp.parent_process().is_alive()))
    p = mp.Process(target=grandchild, args=(q,))
    p.start()
    p.join()
    q.put(('child saw', mask(repr(p)), p.exitcode, mp.active_children()))


def daemon_child(q):
    try:
        mp.Process(target=grandchild, args=(q,)).start()
    except AssertionError as e:
        q.put(('daemon', str(e)))


if __name__ == '__main__':
    mp.set_start_method('spawn')
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    print(mask(repr(p)))
    p.start()
    for _ in range(3):
        print(q.get())
    p.join()
    print(mask(repr(p)), p.exitcode, mp.active_children())
    print(p.sentinel is not None, p.ident == p.pid, isinstance(p.pid, int))
    p.close()
    try:
        p.is_alive()
    except ValueError as e:
        print('ValueError', e)
    print(mask(repr(p)))
    d = mp.Process(target=daemon_child, args=(q,), daemon=True, name='D')
    d.start()
    print(q.get())
    d.join()
    print(mask(repr(d)))
    try:
        d.daemon = False
    except AssertionError as e:
        print('AssertionError', e)
    p = mp.Process(target=grandchild, args=(q,))
    try:
        p.join()
    except AssertionError as e:
        print('AssertionError', e)
    try:
        p.sentinel
    except ValueError as e:
        print('ValueError', e)
    p.start()
    print(q.get()[:3])
    p.join()
    print(mp.current_process(), mp.current_process().ident == os.getpid())
