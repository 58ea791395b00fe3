# send_bytes/recv_bytes with offset and size, poll with timeouts, and a closed handle.
import multiprocessing as mp
import time


def late_sender(conn):
    time.sleep(0.2)
    conn.send_bytes(b'0123456789', 2, 5)
    conn.send_bytes(b'whole')


if __name__ == '__main__':
    mp.set_start_method('spawn')
    a, b = mp.Pipe()
    print(a.poll(), a.poll(0.01))
    p = mp.Process(target=late_sender, args=(b,))
    p.start()
    print(a.poll(10))
    print(a.recv_bytes(), a.recv_bytes())
    p.join()
    a.close()
    print(a.closed)
    try:
        a.send('x')
    except OSError as e:
        print('OSError', e)
    try:
        a.recv()
    except OSError as e:
        print('OSError', e)
