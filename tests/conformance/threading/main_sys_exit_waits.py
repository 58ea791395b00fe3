# sys.exit() in the main thread: the non-daemon threads finish first, then the process
# exits with the given status.
import sys
import threading

go = threading.Event()


def worker(i, before):
    go.wait()
    if before is not None:
        before.join()
    print(f'worker {i} done')


ts = []
for i in range(3):
    ts.append(threading.Thread(target=worker, args=(i, ts[-1] if ts else None)))
    ts[-1].start()
print('main exits')
go.set()
ts[0].join()
sys.exit(3)
