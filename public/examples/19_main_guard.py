# Why `if __name__ == "__main__":` matters with multiprocessing. A child process
# starts by re-running this file as the module `__mp_main__` (the "spawn" start
# method, the default on macOS and Windows and the only one in a browser; asked for
# explicitly below so that Linux behaves the same). Code outside the guard runs
# again in every child; starting processes there would start processes forever,
# so Python stops it with a RuntimeError.
import multiprocessing
import os
from multiprocessing import Process

print(f"module body runs in pid {os.getpid()} as {__name__}")


def work():
    print(f"child {os.getpid()} working")


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    p = Process(target=work)
    p.start()
    p.join()
    print("parent done")
