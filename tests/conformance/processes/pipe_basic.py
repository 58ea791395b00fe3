# Pipe(): a duplex connection; each end sends and receives pickled objects.
import multiprocessing as mp


def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(msg * 2)
    conn.send('bye')
    conn.close()


if __name__ == '__main__':
    mp.set_start_method('spawn')
    a, b = mp.Pipe()
    p = mp.Process(target=echo, args=(b,))
    p.start()
    for m in ['ab', 3, [1, 2], (None,)]:
        a.send(m)
        print(a.recv())
    a.send(None)
    print(a.recv())
    p.join()
    print(a.poll(), a.poll(0.01), p.exitcode)
