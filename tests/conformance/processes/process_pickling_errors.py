# What cannot be sent to a child: lambdas and nested functions fail in the parent, with
# pickle's exception types and messages.
import multiprocessing as mp
import re


def clean(e):
    return type(e).__module__ + '.' + type(e).__name__ + ': ' + re.sub(r'0x[0-9a-f]+', '0x...', str(e))


def make_nested():
    def inner():
        pass
    return inner


if __name__ == '__main__':
    mp.set_start_method('spawn')
    for target in (lambda: 1, make_nested()):
        p = mp.Process(target=target)
        try:
            p.start()
        except Exception as e:
            print(clean(e))
        print(p.exitcode, p.pid is None or isinstance(p.pid, int))
    q = mp.Queue()
    try:
        mp.Process(target=print, args=(lambda: 2,)).start()
    except Exception as e:
        print(clean(e))
