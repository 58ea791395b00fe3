# Thread(target, args, kwargs): the target runs in the new thread with its arguments.
import threading

results = []


def work(a, b, *rest, scale=1, **extra):
    results.append((a, b, rest, scale, sorted(extra.items())))


t = threading.Thread(target=work, args=(1, 2))
t.start()
t.join()
t = threading.Thread(target=work, args=(1, 2, 3, 4), kwargs={'scale': 10, 'tag': 'x'})
t.start()
t.join()
t = threading.Thread(target=work, args=[5, 6], kwargs={'z': 0, 'a2': 1})
t.start()
t.join()
for r in results:
    print(r)

# No target: run() does nothing.
t = threading.Thread()
t.start()
t.join()
print('no target ok', t.is_alive())

# A target that is a bound method, a callable object and a lambda.
class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k

    def __call__(self, k):
        self.n += 100 * k


c = Counter()
for target in (c.bump, c, lambda k: c.bump(k * 1000)):
    t = threading.Thread(target=target, args=(2,))
    t.start()
    t.join()
print(c.n)

# Wrong arguments surface in the thread, not in start().
out = []
def two(a, b):
    out.append(a + b)

def hook(args):
    out.append((args.exc_type.__name__, str(args.exc_value)))

threading.excepthook = hook
t = threading.Thread(target=two, args=(1,))
t.start()
t.join()
t = threading.Thread(target=two, kwargs={'a': 1, 'b': 2})
t.start()
t.join()
print(out)
