# A program that starts a process without the `if __name__ == '__main__':` guard: the
# child re-runs the main module, tries to start a process while bootstrapping, and fails
# with python3's RuntimeError; the parent sees exit code 1.
import multiprocessing as mp
import sys


def work():
    print('never runs')


mp.set_start_method('spawn', force=True)
print('module body runs as', __name__)
sys.stdout.flush()
p = mp.Process(target=work)
p.start()
p.join()
print('child exit code', p.exitcode)
