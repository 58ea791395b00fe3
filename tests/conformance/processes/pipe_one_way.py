# Pipe(duplex=False): the first end only receives, the second only sends.
import multiprocessing as mp


def send_all(conn, items):
    for it in items:
        conn.send(it)
    conn.close()


if __name__ == '__main__':
    mp.set_start_method('spawn')
    r, w = mp.Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
    p = mp.Process(target=send_all, args=(w, ['x', {'y': 1}, 2.5]))
    p.start()
    print([r.recv() for _ in range(3)])
    p.join()
    try:
        r.send(1)
    except OSError as e:
        print('OSError', e)
    try:
        w.recv()
    except OSError as e:
        print('OSError', e)
