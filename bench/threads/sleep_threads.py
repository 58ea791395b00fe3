# Benchmark: 8 threads each sleeping 0.2 s. time.sleep releases the GIL, so the sleeps
# overlap and the whole takes about 0.2 s (python3: 0.20-0.21 s). Prints the wall time.
import threading
import time

t0 = time.perf_counter()
threads = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"seconds={time.perf_counter() - t0:.4f}")
