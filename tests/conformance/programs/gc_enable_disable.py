# gc.enable(), gc.disable() and gc.isenabled(), as a benchmark or a test suite uses them
# (timeit disables the collector around its loop), and gc.collect() while disabled.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.collect()  # an explicit collection still runs
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
for f in (gc.enable, gc.disable, gc.isenabled):
    try:
        f(1)
    except TypeError as e:
        print(type(e).__name__, e)
gc.enable()
