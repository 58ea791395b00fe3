# Benchmark: GIL hand-off latency between two CPU-bound threads (default switch interval).
# Both threads read time.perf_counter() as fast as they can for DURATION seconds, each
# noting the time of its latest reading. When a thread sees that the other one ran since
# its own last reading, the GIL changed hands: the gap from the other thread's last reading
# to this one's first is the hand-off (the drop, the waiter's wake-up, its take). Nothing is
# kept per iteration, so the collector has little to do. Prints the count, median and 95th
# percentile in µs.
import threading
import time

DURATION = 0.6
last = [0.0, 0.0]
running = [-1]
gaps = []
both_running = threading.Barrier(2)


def spin(slot):
    other = 1 - slot
    now = time.perf_counter
    both_running.wait()  # measure only while both threads exist
    t = now()
    end = t + DURATION
    while t < end:
        if running[0] != slot:
            # The other thread ran since our reading `t` (taken before we lost the GIL, at
            # the call's check point): read the clock again now that we hold it.
            t = now()
            if running[0] == other:
                gaps.append((t - last[other]) * 1e6)
            running[0] = slot
        last[slot] = t
        t = now()


threads = [threading.Thread(target=spin, args=(s,)) for s in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
gaps.sort()
if gaps:
    print(f"handoffs={len(gaps)} median_us={gaps[len(gaps) // 2]:.0f} p95_us={gaps[int(len(gaps) * 0.95)]:.0f}")
else:
    print("handoffs=0 median_us=0 p95_us=0")
