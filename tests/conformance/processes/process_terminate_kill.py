# terminate() gives -SIGTERM, kill() -SIGKILL; the repr says so.
import multiprocessing as mp
import time


def sleepy():
    time.sleep(30)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    p = mp.Process(target=sleepy)
    p.start()
    p.terminate()
    p.join()
    print('terminated', p.exitcode, 'exitcode=-SIGTERM' in repr(p), p.is_alive())
    p = mp.Process(target=sleepy, name='victim')
    p.start()
    p.kill()
    p.join()
    print('killed', p.exitcode, 'exitcode=-SIGKILL' in repr(p))
    p.terminate()
    print('terminate after end is harmless', p.exitcode)
