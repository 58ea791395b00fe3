# Four processes increment one shared counter under its lock: no update is lost.
import multiprocessing as mp


def add(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1


if __name__ == '__main__':
    mp.set_start_method('spawn')
    counter = mp.Value('i', 0)
    procs = [mp.Process(target=add, args=(counter, 50)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(counter.value)
