# print() to file-like objects: sys.stdout, sys.stderr and a user class with write().
import sys, io
class Collector:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): self.parts.append('<flush>')
c = Collector()
print('a', 1, file=c)
print('b', end='', file=c, flush=True)
print(c.parts)
buf = io.StringIO()
print('into', 'buffer', sep='_', file=buf)
print(repr(buf.getvalue()))
print('stdout explicit', file=sys.stdout)
print(file=None)
try:
    print('x', file=5)
except AttributeError as e:
    print(type(e).__name__, e)
