# time: only deterministic properties (types, monotonicity, sleep lower bound).
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
print(isinstance(t0, float), t0 > 1.6e9, isinstance(time.time_ns(), int), isinstance(time.perf_counter_ns(), int))
time.sleep(0.05)
print(time.perf_counter() - p0 >= 0.045, time.monotonic() >= m0, time.monotonic_ns() >= 0)
print(isinstance(time.process_time(), float), time.process_time_ns() >= 0)
print(abs(time.time_ns() / 1e9 - time.time()) < 1)
time.sleep(0)
print(type(time.localtime()).__name__, time.gmtime(0).tm_year, time.strftime('%Y-%m-%d', time.gmtime(86400 * 365)))
