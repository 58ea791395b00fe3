# A daemonic child is terminated when the parent exits; a non-daemonic one is waited for.
import multiprocessing as mp
import time


def late(msg, delay):
    time.sleep(delay)
    print(msg, flush=True)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    d = mp.Process(target=late, args=('daemon child finished', 5), daemon=True)
    n = mp.Process(target=late, args=('non-daemon child finished', 0.2))
    print(d.daemon, n.daemon)
    d.start()
    n.start()
    print('parent done', len(mp.active_children()), flush=True)
