# At exit the parent joins its non-daemonic children (their output still comes) and
# terminates its daemonic ones (theirs never comes), as python3's atexit hook does.
import multiprocessing as mp
import time


def late(msg, delay):
    time.sleep(delay)
    print(msg, flush=True)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    mp.Process(target=late, args=('non-daemon child finished', 0.3)).start()
    mp.Process(target=late, args=('daemon child finished', 5), daemon=True).start()
    print('parent done', len(mp.active_children()), flush=True)
