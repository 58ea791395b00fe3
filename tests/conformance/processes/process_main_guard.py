# Spawn re-runs the main module in the child as __mp_main__: code outside the guard runs
# again there, the guarded part does not.
import multiprocessing as mp

print('module body as', __name__, flush=True)
counter = [0]


def work():
    counter[0] += 1
    print('child sees', __name__, counter, flush=True)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    counter[0] = 100
    p = mp.Process(target=work)
    p.start()
    p.join()
    print('parent done', counter)
