# Starting a process while the main module is being re-run in a child (no __main__ guard)
# raises RuntimeError in the child: the bootstrapping-phase message.
import multiprocessing as mp


def work():
    print('work ran', flush=True)


mp.set_start_method('spawn', force=True)
p = mp.Process(target=work)
try:
    p.start()
except RuntimeError as e:
    lines = [l.strip() for l in str(e).strip().splitlines()]
    print('in', __name__, 'RuntimeError:', lines[0], lines[1], flush=True)
else:
    p.join()
    print('in', __name__, 'started and joined', p.exitcode, flush=True)
