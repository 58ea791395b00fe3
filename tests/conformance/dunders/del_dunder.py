# __del__ is called when the last reference goes away (CPython refcounting) — test only via explicit del and gc.
import gc
log = []
class D:
    def __init__(self, n): self.n = n
    def __del__(self): log.append(self.n)
d = D(1)
del d
gc.collect()
print(log)
