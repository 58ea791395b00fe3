# The guide's processes-with-thread-pools example: each worker process runs a thread pool.
import os
import threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def compute_square(number):
    return os.getpid(), threading.get_ident(), number * number


def process_task(numbers):
    with ThreadPoolExecutor(max_workers=3) as executor:
        results = list(executor.map(compute_square, numbers))
    pids = {pid for pid, _, _ in results}
    return len(pids), pids.pop() == os.getpid(), [sq for _, _, sq in results]


if __name__ == '__main__':
    import multiprocessing as mp
    mp.set_start_method('spawn')
    number_chunks = [[1, 2, 3], [4, 5, 6]]
    with ProcessPoolExecutor(max_workers=2) as executor:
        for r in executor.map(process_task, number_chunks):
            print(r)
