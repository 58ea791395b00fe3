# sys.exit in a child: the exit code is the SystemExit code (None -> 0; a string is
# printed to the child's stderr and gives 1).
import multiprocessing as mp
import sys


def leave(code):
    sys.exit(code)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    for code in (0, 3, None, 255, 'bye from child'):
        p = mp.Process(target=leave, args=(code,))
        p.start()
        p.join()
        print('sys.exit(%r) ->' % (code,), p.exitcode)
