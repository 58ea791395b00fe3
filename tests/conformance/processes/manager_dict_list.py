# Manager dict and list proxies shared with child processes.
import multiprocessing as mp


def fill(d, l, n):
    d[n] = n * n
    l.append(n)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    with mp.Manager() as m:
        d = m.dict(a=1)
        l = m.list([10])
        procs = [mp.Process(target=fill, args=(d, l, n)) for n in range(3)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(sorted(d.items(), key=str), sorted(l))
        print(len(d), d.get('a'), d.get('zz', 'default'), 'a' in d, l[0], len(l))
        l.sort()
        print(l[:], type(d.copy()).__name__, type(l[:]).__name__)
        try:
            d['missing']
        except KeyError as e:
            print('KeyError', e)
        try:
            l[99]
        except IndexError as e:
            print('IndexError', e)
