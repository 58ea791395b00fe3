def drive(coro):
    try:
        while True:
            print("tick:", coro.send(None))
    except StopIteration as e:
        return e.value

class Pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return "resumed " + self.tag

class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Pause("next" + str(self.i))
        return self.i

class Res:
    async def __aenter__(self):
        print("aenter")
        await Pause("enter")
        return "res"
    async def __aexit__(self, t, v, tb):
        print("aexit", t is not None)
        await Pause("exit")
        return t is not None and issubclass_value(v)

def issubclass_value(v):
    return isinstance(v, ValueError)

async def child(x):
    r = await Pause("child" + str(x))
    return r + "!"

async def early(n):
    for i in range(n):
        async with Res() as r:
            if i == 1:
                return "early " + r
            async for v in Ticker(5):
                if v == 2:
                    break
            continue
    return "late"

async def main():
    print(await early(3))
    print(await child(1))
    total = 0
    async for v in Ticker(3):
        total += v
    print("total", total)
    async with Res() as r:
        print("inside", r)
    async with Res():
        raise ValueError("suppressed by aexit")
    print("after suppress")
    xs = [v * 10 async for v in Ticker(2)]
    ys = [await child(i) for i in range(2)]
    try:
        async with Res():
            raise KeyError("k")
    except KeyError:
        print("KeyError propagated")
    return xs, ys

print(drive(main()))
