# types.coroutine turns a generator function into something awaitable; driving it with send.
import types
@types.coroutine
def suspend(tag):
    got = yield tag
    return got * 2
async def main():
    a = await suspend('first')
    b = await suspend('second')
    return a + b
c = main()
print(c.send(None))
print(c.send(5))
try:
    c.send(7)
except StopIteration as e:
    print('result', e.value)
