# A tiny round-robin scheduler running several coroutines with a yield-based awaitable.
class Yield:
    def __await__(self):
        yield
async def worker(name, n, log):
    for i in range(n):
        log.append(f'{name}{i}')
        await Yield()
    return name + ' finished'
log = []
tasks = [worker('a', 3, log), worker('b', 2, log), worker('c', 1, log)]
results = []
while tasks:
    t = tasks.pop(0)
    try:
        t.send(None)
        tasks.append(t)
    except StopIteration as e:
        results.append(e.value)
print(log)
print(results)
