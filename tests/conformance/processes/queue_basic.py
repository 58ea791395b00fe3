# Queue between processes: FIFO order, every picklable kind of value, empty/qsize.
import multiprocessing as mp


class Item:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, Item) and other.n == self.n

    def __repr__(self):
        return 'Item(%d)' % self.n


def producer(q, values):
    for v in values:
        q.put(v)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    values = [1, 2.5, 'three', b'four', None, True, (5, [6]), {'seven': {8}}, Item(9), 10 ** 30, -1j]
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q, values))
    p.start()
    got = [q.get() for _ in values]
    p.join()
    print(got)
    print(got == values, q.empty())
    q.put('x')
    q.put('y')
    print(q.get(), q.get(), q.empty())
