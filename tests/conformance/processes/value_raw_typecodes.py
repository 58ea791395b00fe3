# RawValue/RawArray have no lock; Value(lock=False) neither; the typecodes' ranges wrap as C's.
import multiprocessing as mp


def bump(rv, ra):
    rv.value += 1
    ra[0] = -1


if __name__ == '__main__':
    mp.set_start_method('spawn')
    rv = mp.RawValue('l', 5)
    ra = mp.RawArray('d', 3)
    print(rv.value, ra[:])
    p = mp.Process(target=bump, args=(rv, ra))
    p.start()
    p.join()
    print(rv.value, ra[:])
    nolock = mp.Value('i', 1, lock=False)
    print(hasattr(nolock, 'get_lock'), nolock.value)
    locked = mp.Value('h', 1)
    print(hasattr(locked, 'get_lock'), hasattr(locked, 'get_obj'))
    for code, val in (('b', 130), ('B', 300), ('h', 40000), ('i', 2 ** 31), ('q', 2 ** 63)):
        x = mp.Value(code, 0)
        x.value = val
        print(code, x.value)
    f = mp.Value('f', 0.1)
    print(f.value == 0.1, round(f.value, 6))
    a = mp.Array('i', range(5), lock=False)
    print(type(a).__name__ != '', a[:])
