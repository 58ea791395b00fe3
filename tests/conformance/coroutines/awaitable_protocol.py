# Custom awaitables with __await__ yielding to the driver, which sends values back.
class Sleep:
    def __init__(self, t): self.t = t
    def __await__(self):
        got = yield ('sleep', self.t)
        return f'woke after {self.t} with {got}'
async def task():
    a = await Sleep(1)
    print(a)
    b = await Sleep(2)
    print(b)
    return 'task done'
coro = task()
req = coro.send(None)
print('driver got', req)
req = coro.send('v1')
print('driver got', req)
try:
    coro.send('v2')
except StopIteration as e:
    print(e.value)
