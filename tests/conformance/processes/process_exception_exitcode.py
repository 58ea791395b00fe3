# An uncaught exception in the child: exit code 1, and the child prints
# "Process <name>:" and the traceback to its stderr (sent here through a Pipe: a Queue's
# feeder thread has already stopped when the traceback is printed).
import multiprocessing as mp
import sys


class Capture:
    def __init__(self, conn):
        self.conn = conn

    def write(self, text):
        self.conn.send(text)
        return len(text)

    def flush(self):
        pass


def fail(conn):
    sys.stderr = Capture(conn)
    conn.send('running\n')
    raise ValueError('boom in child')


if __name__ == '__main__':
    mp.set_start_method('spawn')
    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=fail, args=(w,), name='Failer')
    p.start()
    p.join()
    print('exitcode', p.exitcode)
    text = ''
    while not text.endswith('boom in child\n'):
        text += r.recv()
    lines = text.splitlines()
    print(lines[1])
    print(lines[2])
    print([l.split(', in ')[1] for l in lines if l.startswith('  File ')][-1])
    print(lines[-1])
