# Ping-pong over a Pipe: 50 round trips, each answer depends on the question.
import multiprocessing as mp


def pong(conn):
    while True:
        n = conn.recv()
        if n < 0:
            conn.close()
            return
        conn.send(n * 2 + 1)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    a, b = mp.Pipe()
    p = mp.Process(target=pong, args=(b,))
    p.start()
    total = 0
    for i in range(50):
        a.send(i)
        total += a.recv()
    a.send(-1)
    p.join()
    print(total, sum(2 * i + 1 for i in range(50)), p.exitcode)
