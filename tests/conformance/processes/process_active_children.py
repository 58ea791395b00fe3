# active_children() lists the children still running, and joins the ones that ended.
import multiprocessing as mp
import time


def sleepy(t):
    time.sleep(t)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    print(mp.active_children())
    ps = [mp.Process(target=sleepy, args=(t,), name='sleeper-%d' % i) for i, t in enumerate([0.01, 5])]
    for p in ps:
        p.start()
    ps[0].join()
    print(sorted(p.name for p in mp.active_children()))
    ps[1].terminate()
    ps[1].join()
    print(mp.active_children())
