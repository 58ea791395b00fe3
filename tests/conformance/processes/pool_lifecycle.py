# close/join, terminate, using a closed pool, initializer/initargs and maxtasksperchild.
import multiprocessing as mp
import os

greeting = None


def init(word):
    global greeting
    greeting = word


def greet(name):
    return '%s, %s' % (greeting, name)


def pid_of(_):
    return os.getpid()


if __name__ == '__main__':
    mp.set_start_method('spawn')
    pool = mp.Pool(2, initializer=init, initargs=('hello',))
    print(pool.map(greet, ['ann', 'bob']))
    pool.close()
    try:
        pool.apply(greet, ('cid',))
    except ValueError as e:
        print('ValueError', e)
    pool.join()
    pool = mp.Pool(1, maxtasksperchild=1)
    pids = [pool.apply(pid_of, (i,)) for i in range(3)]
    print(len(set(pids)), os.getpid() not in pids)
    pool.terminate()
    pool.join()
    try:
        mp.Pool(0)
    except ValueError as e:
        print('ValueError', e)
    try:
        mp.Pool(1, initializer=3)
    except TypeError as e:
        print('TypeError', e)
