# Value and Array in shared memory across processes: typecodes, integer wrapping,
# get_lock, c strings, RawValue/RawArray, lock=False, and what may not be pickled.
import multiprocessing as mp


def add_many(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1


def fill(arr, start):
    for i in range(len(arr)):
        arr[i] = start + i


if __name__ == '__main__':
    mp.set_start_method('spawn')
    counter = mp.Value('i', 0)
    print(counter, counter.value)
    procs = [mp.Process(target=add_many, args=(counter, 50)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print('counter', counter.value)

    arr = mp.Array('d', 4)
    print(len(arr), arr[:], list(arr))
    p = mp.Process(target=fill, args=(arr, 1.5))
    p.start()
    p.join()
    print(arr[:], arr[1], arr[-1], arr[1:3])
    ia = mp.Array('i', [1, 2, 3])
    ia[0] = 2 ** 31
    ia[1:3] = [7, 8]
    print(ia[:], sum(ia[:]))
    s = mp.Array('c', b'hello')
    print(s.value, s.raw, len(s))
    s.value = b'hi'
    print(s.value, s.raw)
    for code, val in [('b', 300), ('B', -1), ('h', 2 ** 16 + 3), ('l', 2 ** 40), ('f', 0.1),
                      ('c', b'x'), ('d', 2)]:
        v = mp.Value(code, val)
        print(code, v.value, repr(v))
    raw = mp.RawValue('i', 5)
    print(raw.value, hasattr(raw, 'get_lock'))
    rarr = mp.RawArray('i', 3)
    print(rarr[:])
    nolock = mp.Value('i', 1, lock=False)
    print(nolock.value, hasattr(nolock, 'get_lock'))
    try:
        mp.Value('i', 1, lock=5)
    except AttributeError as e:
        print('AttributeError', e)

    from multiprocessing.reduction import ForkingPickler
    for obj in (mp.Value('i'), mp.Array('i', 2), mp.RawValue('i'), mp.RawArray('d', 3)):
        try:
            ForkingPickler.dumps(obj)
        except RuntimeError as e:
            print('RuntimeError', e)
