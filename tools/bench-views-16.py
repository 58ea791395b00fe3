# The run the kitchen benchmark plays (tools/bench-views.ts): 16 threads in 4 processes,
# each thread mostly computing, now and then sleeping a millisecond.
import multiprocessing as mp
import threading
import time


def spin(n):
    x = 0
    for i in range(n):
        x += i
        if i % 5000 == 0:
            time.sleep(0.001)
    return x


def kitchen(k):
    cooks = [threading.Thread(target=spin, args=(30000,), name=f"cook-{k}-{j}") for j in range(1, 4)]
    for c in cooks:
        c.start()
    spin(30000)
    for c in cooks:
        c.join()


if __name__ == "__main__":
    procs = [mp.Process(target=kitchen, args=(k,), name=f"kitchen-{k}") for k in range(1, 4)]
    for p in procs:
        p.start()
    kitchen(0)
    for p in procs:
        p.join()
    print("done")
