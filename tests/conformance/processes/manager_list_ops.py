# ListProxy operations: extend, insert, pop, remove, index, count, reverse, slicing.
import multiprocessing as mp


def edit(l):
    l.extend([5, 6])
    l.insert(0, 'first')
    l.remove(2)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    with mp.Manager() as m:
        l = m.list([1, 2, 3])
        p = mp.Process(target=edit, args=(l,))
        p.start()
        p.join()
        print(l[:], len(l), l.index(3), l.count(5))
        print(l.pop(), l.pop(0), l[:])
        l.reverse()
        print(l[:], l[1:], list(l))
        try:
            l.remove('absent')
        except ValueError as e:
            print('ValueError', e)
