# Array with its lock: children add to every element under get_lock(); slices and sums.
import multiprocessing as mp


def add(arr, k):
    with arr.get_lock():
        for i in range(len(arr)):
            arr[i] += k


if __name__ == '__main__':
    mp.set_start_method('spawn')
    arr = mp.Array('d', [0.5, 1.5, 2.5])
    procs = [mp.Process(target=add, args=(arr, k)) for k in (1, 10, 100)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(arr[:], sum(arr), arr[::2], len(arr))
    try:
        arr[5] = 1
    except IndexError as e:
        print('IndexError', e)
    ints = mp.Array('i', 4)
    ints[:] = [4, 3, 2, 1]
    print(ints[:], sorted(ints))
    try:
        ints[:] = [1, 2]
    except ValueError as e:
        print('ValueError', e)
