# vars() and dir() of instances, classes, modules and with no arguments.
class P:
    a = 1
    def __init__(self): self.b = 2
p = P()
print(vars(p), [n for n in dir(p) if not n.startswith('__')], 'a' in vars(P))
import math
print('sqrt' in dir(math), 'pi' in vars(math))
def f():
    x = 1
    y = 2
    return sorted(dir()), vars()
print(f())
try:
    vars(5)
except TypeError as e:
    print(e)
print(sorted(dir([]))[-5:])
