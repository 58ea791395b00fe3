# Process target with positional and keyword arguments of many picklable kinds.
import multiprocessing as mp


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


def work(q, a, b, *rest, scale=1, **extra):
    q.put((a * scale, b, rest, sorted(extra.items())))


if __name__ == '__main__':
    mp.set_start_method('spawn')
    q = mp.Queue()
    args = (q, 3, [1, 'two', (3.0, None)], {'k': b'v'}, Point(1, 2))
    p = mp.Process(target=work, args=args, kwargs={'scale': 10, 'flag': True, 'z': frozenset([1])})
    p.start()
    print(q.get())
    p.join()
    print(p.exitcode)
