# Semaphore(2) lets at most two of four processes in at a time (a Barrier first, so all
# four ask at once).
import multiprocessing as mp
import time


def visit(start, sem, inside, most, lock):
    start.wait()
    with sem:
        with lock:
            inside.value += 1
            most.value = max(most.value, inside.value)
        time.sleep(0.2)
        with lock:
            inside.value -= 1


if __name__ == '__main__':
    mp.set_start_method('spawn')
    sem, lock = mp.Semaphore(2), mp.Lock()
    inside, most = mp.Value('i', 0, lock=False), mp.Value('i', 0, lock=False)
    start = mp.Barrier(4)
    procs = [mp.Process(target=visit, args=(start, sem, inside, most, lock)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(most.value, inside.value, sem.get_value())
