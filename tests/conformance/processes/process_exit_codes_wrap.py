# Exit codes are what the OS keeps of them: 0..255 (sys.exit(-1) is 255, 256 is 0).
import multiprocessing as mp
import sys


def leave(code):
    sys.exit(code)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    for code in (1, -1, 255, 256, 300, True):
        p = mp.Process(target=leave, args=(code,))
        p.start()
        p.join()
        print(repr(code), '->', p.exitcode)
