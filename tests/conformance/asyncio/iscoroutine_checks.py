# iscoroutine / iscoroutinefunction / isfuture / ensure_future on awaitables.
import asyncio
import types


async def coro_fn():
    return 1


def plain():
    return 1


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "custom"


async def main():
    c = coro_fn()
    print(asyncio.iscoroutine(c), asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain))
    print(asyncio.iscoroutine(plain()), asyncio.isfuture(c))
    t = asyncio.ensure_future(c)
    print(asyncio.isfuture(t), isinstance(t, asyncio.Task), await t)
    print(await Awaitable())
    print(await asyncio.ensure_future(Awaitable()))
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
