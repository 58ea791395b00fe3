# I/O-bound work in threads: a thread that waits (here time.sleep stands for a
# download) releases the GIL, so the waits overlap and 5 downloads take ~1 wait.
import threading
import time


def download(name):
    print(f"{name}: start")
    time.sleep(0.5)          # waiting for the network: the GIL is released
    print(f"{name}: done")


start = time.perf_counter()
threads = [threading.Thread(target=download, args=(f"file-{i}",)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"5 downloads took {time.perf_counter() - start:.2f} s (one download takes 0.5 s)")
