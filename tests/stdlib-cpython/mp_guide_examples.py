# The guide's multiprocessing, ProcessPoolExecutor and processes-with-thread-pools
# examples, with the children's lines sent back to the parent (pids and thread ids
# replaced by their order of appearance) so that the output is deterministic.
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing import Process, Queue, set_start_method


def print_numbers(q):
    for i in range(1, 4):
        time.sleep(0.05)
        q.put((os.getpid(), i))


def numbers_line(_):
    out = []
    for i in range(1, 4):
        time.sleep(0.02)
        out.append((os.getpid(), i))
    return out


def compute_square(number):
    time.sleep(0.05)
    return (os.getpid(), threading.get_ident(), number, number * number)


def process_task(numbers):
    with ThreadPoolExecutor(max_workers=3) as executor:
        return list(executor.map(compute_square, numbers))


def relabel(values, names):
    for v in values:
        names.setdefault(v, len(names) + 1)
    return names


if __name__ == '__main__':
    set_start_method('spawn')
    q = Queue()
    process1 = Process(target=print_numbers, args=(q,))
    process2 = Process(target=print_numbers, args=(q,))
    process1.start()
    process2.start()
    got = [q.get() for _ in range(6)]
    process1.join()
    process2.join()
    pids = {process1.pid: 'P1', process2.pid: 'P2'}
    print(sorted('PID:%s: %d' % (pids[p], i) for p, i in got))
    print([i for p, i in got if p == process1.pid], [i for p, i in got if p == process2.pid])
    print(os.getpid() not in pids)

    with ProcessPoolExecutor(max_workers=2) as executor:
        f1 = executor.submit(numbers_line, 1)
        f2 = executor.submit(numbers_line, 2)
        lines = f1.result() + f2.result()
    print(len({p for p, _ in lines}) in (1, 2), sorted(i for _, i in lines))

    number_chunks = [[1, 2, 3], [4, 5, 6]]
    with ProcessPoolExecutor(max_workers=2) as executor:
        results = list(executor.map(process_task, number_chunks))
    for chunk in results:
        print([(n, sq) for _, _, n, sq in chunk], len({p for p, _, _, _ in chunk}),
              len({t for _, t, _, _ in chunk}) <= 3)
    print(len({p for chunk in results for p, _, _, _ in chunk}) <= 2)
