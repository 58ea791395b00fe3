# Value and Array live in shared memory: a child's writes are seen by the parent.
import multiprocessing as mp


def fill(v, d, arr, text):
    v.value = 42
    d.value = 2.5
    for i in range(len(arr)):
        arr[i] = arr[i] * 10 + i
    text.value = b'hello'


if __name__ == '__main__':
    mp.set_start_method('spawn')
    v = mp.Value('i', 7)
    d = mp.Value('d', 0.0)
    arr = mp.Array('i', [1, 2, 3, 4])
    text = mp.Array('c', 8)
    print(v.value, d.value, arr[:], len(arr), text.value)
    p = mp.Process(target=fill, args=(v, d, arr, text))
    p.start()
    p.join()
    print(v.value, d.value, arr[:], arr[1:3], arr[-1], list(arr))
    print(text.value, text.raw)
    arr[0:2] = [9, 8]
    print(arr[:])
