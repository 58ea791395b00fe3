from multiprocessing import Process, Value, Lock
def add(v, lock):
    for _ in range(100):
        with lock:
            v.value += 1
if __name__ == "__main__":
    v, lock = Value("i", 0), Lock()
    ps = [Process(target=add, args=(v, lock)) for _ in range(3)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(v.value)
