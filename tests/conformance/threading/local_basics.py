# threading.local: each thread sees its own attributes; a subclass's __init__ runs again
# in each thread that touches the object, with the constructor's arguments.
import threading

data = threading.local()
data.x = 'main'
seen = []


def worker(i):
    seen.append((i, hasattr(data, 'x')))
    data.x = i
    seen.append((i, data.x))


ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
    t.join()
print(seen)
print(data.x)
try:
    data.missing
except AttributeError as e:
    print('AttributeError')
del data.x
print(hasattr(data, 'x'))
try:
    del data.x
except AttributeError:
    print('AttributeError on del')

data.y = 1
print(data.__dict__)
try:
    data.__dict__ = {}
except AttributeError as e:
    print('AttributeError', e)


class Config(threading.local):
    inits = 0

    def __init__(self, level, name='cfg'):
        Config.inits += 1
        self.level = level
        self.name = name

    def describe(self):
        return f'{self.name}:{self.level}'


cfg = Config(3, name='base')
out = []


def use():
    out.append(cfg.describe())
    cfg.level += 10
    out.append(cfg.describe())


ts = [threading.Thread(target=use) for _ in range(2)]
for t in ts:
    t.start()
    t.join()
print(out, cfg.describe(), Config.inits)

try:
    threading.local(1, a=2)
except TypeError as e:
    print('TypeError', e)


# Slots and class attributes of a subclass are shared, not per thread.
class WithClassAttr(threading.local):
    shared = 'class value'


w = WithClassAttr()
r = []
t = threading.Thread(target=lambda: r.append(w.shared))
t.start()
t.join()
print(r)


class Sub(threading.local):
    pass


try:
    Sub().__dict__ = {}
except AttributeError as e:
    print('AttributeError', e)
try:
    del data.__dict__
except AttributeError as e:
    print('AttributeError', e)
print(type(threading.local()).__name__, threading.local.__module__, Sub.__mro__[1].__name__)
