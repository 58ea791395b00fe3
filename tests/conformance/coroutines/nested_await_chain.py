# Deeply nested awaits propagate a suspension from the innermost awaitable to the driver.
class Req:
    def __init__(self, v): self.v = v
    def __await__(self):
        r = yield self.v
        return r
async def level3(): return await Req('L3') + '!'
async def level2(): return 'L2:' + await level3()
async def level1(): return 'L1:' + await level2()
co = level1()
print(co.send(None))
try:
    co.send('answer')
except StopIteration as e:
    print(e.value)
