# Process names count up; the repr shows the state; names and daemon can be set.
import multiprocessing as mp
import re


def noop():
    pass


def clean(r):
    return re.sub(r'pid=\d+', 'pid=PID', re.sub(r'parent=\d+', 'parent=PID', r))


if __name__ == '__main__':
    mp.set_start_method('spawn')
    a = mp.Process(target=noop)
    b = mp.Process(target=noop, name='custom')
    print(clean(repr(a)))
    print(clean(repr(b)))
    b.name = 'renamed'
    b.daemon = True
    print(b.name, b.daemon)
    b.start()
    print(clean(repr(b)).split(' started')[0])
    b.join()
    print(clean(repr(b)))
    try:
        mp.Process(target=noop).name = 3
    except AssertionError as e:
        print('AssertionError', e)
