# A class whose __await__ delegates to a coroutine's __await__() (a coroutine wrapper).
import asyncio


class Delayed:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.value


async def main():
    c = asyncio.sleep(0, "x")
    w = c.__await__()
    print(type(w).__name__, iter(w) is w)
    w.close()
    print(await Delayed(5))
    print(await asyncio.gather(Delayed(1), Delayed(2)))


asyncio.run(main())
