# Misuse of Process: start twice, join before start, bad arguments, closed objects.
import multiprocessing as mp


def noop():
    pass


if __name__ == '__main__':
    mp.set_start_method('spawn')
    p = mp.Process(target=noop)
    try:
        p.join()
    except AssertionError as e:
        print('AssertionError', e)
    p.start()
    p.join()
    try:
        p.start()
    except AssertionError as e:
        print('AssertionError', e)
    p.close()
    try:
        p.is_alive()
    except ValueError as e:
        print('ValueError', e)
    try:
        mp.Process(target=noop, group=1)
    except AssertionError as e:
        print('AssertionError', e)
    q = mp.Process(target=noop)
    q.close()
    try:
        print(q.exitcode)
    except ValueError as e:
        print('ValueError', e)
    r = mp.Process(target=noop)
    r.start()
    try:
        r.close()
    except ValueError as e:
        print('ValueError', e)
    r.join()
    r.close()
    r.close()
    print('closed twice')
