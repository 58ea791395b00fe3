# I/O-bound work in processes: waiting does not need a core, so processes also
# overlap their waits — but each process is a whole new kitchen (interpreter,
# memory, start-up), a heavy price to pay just to wait. Threads or asyncio do it
# more cheaply.
import time
from concurrent.futures import ProcessPoolExecutor


def download(i):
    time.sleep(0.5)          # waiting for the network
    return f"file-{i}"


if __name__ == "__main__":
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=4) as pool:
        files = list(pool.map(download, range(4)))
    print(files)
    print(f"4 downloads in 4 processes took {time.perf_counter() - start:.2f} s (one takes 0.5 s)")
