# An object whose __await__ is a generator function delegating with yield from.
class Twice:
    def __await__(self):
        a = yield 'first'
        b = yield 'second'
        return a + b
async def use():
    return await Twice()
c = use()
print(c.send(None), c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print('sum', e.value)
