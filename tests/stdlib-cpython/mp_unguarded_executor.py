# ProcessPoolExecutor without the `if __name__ == '__main__':` guard (spawn): the worker
# re-runs this module, whose submit() fails there with the bootstrapping RuntimeError;
# the worker then goes on to serve the parent, which gets its result.
import concurrent.futures as cf
import multiprocessing as mp


def f(x):
    return x


ex = cf.ProcessPoolExecutor(1, mp_context=mp.get_context('spawn'))
try:
    print(__name__, ex.submit(f, 1).result())
except Exception as e:
    print(__name__, type(e).__name__, str(e).split('\n')[1].strip())
ex.shutdown()
