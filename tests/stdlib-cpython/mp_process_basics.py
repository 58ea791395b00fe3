# multiprocessing.Process: names, exit codes, tracebacks, terminate, queues and pipes.
import multiprocessing as mp
import sys
import time


def greet(q, who, punct='!'):
    q.put('hello %s%s from %s' % (who, punct, mp.current_process().name))
    q.put(mp.parent_process().name)


def fail():
    raise ValueError('boom in child')


def leave(code):
    sys.exit(code)


def sleepy():
    time.sleep(30)


def pipe_echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(msg * 2)
    conn.close()


class Squarer(mp.Process):
    def __init__(self, q, n):
        super().__init__()
        self.q = q
        self.n = n

    def run(self):
        self.q.put(self.n * self.n)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    print(mp.get_start_method(), mp.current_process().name, mp.parent_process())
    q = mp.Queue()
    p = mp.Process(target=greet, args=(q, 'world'), kwargs={'punct': '?'})
    print(p.name, p.exitcode, p.is_alive(), p.pid is None)
    print(repr(p).split(' parent=')[0])
    p.start()
    print(q.get(), q.get())
    p.join()
    print(p.exitcode, p.is_alive(), mp.active_children())

    p = mp.Process(target=fail, name='Failer')
    p.start()
    p.join()
    print('Failer exit', p.exitcode)

    for code in (0, 3, None, 'text'):
        p = mp.Process(target=leave, args=(code,))
        p.start()
        p.join()
        print('sys.exit(%r) ->' % (code,), p.exitcode)

    p = mp.Process(target=sleepy, daemon=True)
    p.start()
    print(p.daemon, p.is_alive())
    p.terminate()
    p.join()
    print('terminated', p.exitcode, 'SIGTERM' in repr(p))
    p = mp.Process(target=sleepy)
    p.start()
    p.kill()
    p.join()
    print('killed', p.exitcode)
    p.join(0.01)
    p = mp.Process(target=sleepy)
    p.start()
    p.join(0.05)
    print('after timeout', p.exitcode, p.is_alive())
    p.terminate()
    p.join()

    a, b = mp.Pipe()
    p = mp.Process(target=pipe_echo, args=(b,))
    p.start()
    for m in ['ab', 3, [1]]:
        a.send(m)
        print(a.recv())
    a.send(None)
    p.join()
    print(a.poll(), a.poll(0.01))

    procs = [Squarer(q, n) for n in range(4)]
    for s in procs:
        s.start()
    print(sorted(q.get() for _ in procs))
    for s in procs:
        s.join()
    print([s.exitcode for s in procs])
    print([s.name for s in procs])

    try:
        p.start()
    except AssertionError as e:
        print('AssertionError', e)
    try:
        mp.Process(target=lambda: 1).start()
    except Exception as e:
        print(type(e).__name__, e)
    try:
        mp.set_start_method('spawn')
    except RuntimeError as e:
        print('RuntimeError', e)
    ctx = mp.get_context('spawn')
    sp = ctx.Process(target=greet, args=(q, 'ctx'))
    print(sp.name.startswith('SpawnProcess-'))
    sp.start()
    sp.join()
    print(q.get().split(' from ')[0], q.get())
    print(mp.cpu_count() >= 1, mp.current_process().daemon)
    mp.freeze_support()
