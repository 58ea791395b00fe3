"""Known difference: time.process_time() and thread_time() count run time, not CPU time.

Cause: browsers expose no CPU-time clock. Both return the run clock (real time on the shared
platform, simulated time on the virtual one), which equals CPU time for a busy single thread
but also counts time spent sleeping or waiting.
Workaround: measure with time.perf_counter() and say so; the timeline shows each thread's
CPU time exactly.
"""
import time

t0 = time.process_time()
time.sleep(0.1)
print("process_time advanced during sleep:", time.process_time() - t0 >= 0.1)
