# Subclassing Process and overriding run().
import multiprocessing as mp


class Squarer(mp.Process):
    def __init__(self, q, n):
        super().__init__()
        self.q = q
        self.n = n

    def run(self):
        self.q.put((self.n, self.n * self.n, self.name.startswith('Squarer-')))


if __name__ == '__main__':
    mp.set_start_method('spawn')
    q = mp.Queue()
    procs = [Squarer(q, n) for n in range(3)]
    for p in procs:
        p.start()
    results = sorted(q.get() for _ in procs)
    for p in procs:
        p.join()
    print(results)
    print([p.exitcode for p in procs])
