# Free-threaded stress: four threads append to one list, set and delete keys of one dict and
# add to and discard from one set, while allocating enough garbage that the collector runs
# (stopping the world) many times meanwhile. With per-object locks every size is exact.
import threading, weakref

N = 4
K = 30000
shared_list = []
shared_dict = {}
shared_set = set()

class Probe: pass
probe = Probe()
ref = weakref.ref(probe)
del probe

def worker(i):
    for k in range(K):
        v = i * K + k
        shared_list.append(v)
        shared_dict[v] = k
        shared_set.add(v)
        if k % 3 == 0:
            del shared_dict[v]
            shared_set.discard(v)
        junk = [str(k) + "x" * 20 for _ in range(4)]

threads = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in threads: t.start()
for t in threads: t.join()
print(len(shared_list), len(shared_dict), len(shared_set))
print(sorted(shared_list) == list(range(N * K)))
print(all(shared_dict[i * K + k] == k for i in range(N) for k in range(K) if k % 3))
print(shared_set == set(shared_dict))
print("collected:", ref() is None)
