"""Known difference: gc.disable() does not stop our collector.

Cause: CPython frees most objects by reference counting and gc.disable() only turns off its
cyclic collector, so garbage in reference cycles then stays. Our heap has no reference
counts: its collector is the only way memory comes back, so it keeps running after
gc.disable(), and cycles are freed too (when the next collection comes, as all garbage is).
gc.isenabled() reports what enable()/disable() last asked for, as in CPython.
Workaround: none needed for speed measurements (collections are short); a program that
relies on a cycle staying alive after gc.disable() should keep a reference to it instead.
"""
import gc
import weakref


class Node:
    pass


gc.disable()
n = Node()
n.self = n  # a reference cycle
alive = weakref.ref(n)
del n
junk = [[i] for i in range(2_000_000)]  # allocation makes our collector run
del junk
print("cycle still there after gc.disable():", alive() is not None)  # python3: True
gc.enable()
