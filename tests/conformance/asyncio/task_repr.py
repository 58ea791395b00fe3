# Reprs of tasks and futures in their states (no addresses in these).
import asyncio


async def job():
    await asyncio.sleep(0.01)
    return 5


async def boom():
    raise ValueError("x")


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f).split(" cb=")[0])
    f.set_result([1])
    print(repr(f))
    g = loop.create_future()
    g.cancel()
    print(repr(g))
    t = asyncio.create_task(job(), name="J")
    r = repr(t)
    print(r[:r.index(" coro=")])
    await t
    r = repr(t)
    print(r[:r.index(" coro=")], r[r.index(" result="):])
    b = asyncio.create_task(boom(), name="B")
    await asyncio.sleep(0)
    r = repr(b)
    print(r[:r.index(" coro=")], r[r.index(" exception="):])
    b.exception()


asyncio.run(main())
