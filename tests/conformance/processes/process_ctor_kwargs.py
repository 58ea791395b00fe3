# Process(name=..., daemon=...) and what cannot change once it started.
import multiprocessing as mp


def noop(*args, **kwargs):
    pass


if __name__ == '__main__':
    mp.set_start_method('spawn')
    p = mp.Process(None, noop, 'named', (1, 2), {'k': 3}, daemon=True)
    print(p.name, p.daemon, p.ident, p.sentinel if False else 'sentinel-skipped')
    p.start()
    try:
        p.daemon = False
    except AssertionError as e:
        print('AssertionError', e)
    p.join()
    print(p.exitcode, p.ident == p.pid)
    q = mp.Process()
    q.start()
    q.join()
    print('no target', q.exitcode)
