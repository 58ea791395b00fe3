# gather: the first exception propagates (others keep running); return_exceptions collects.
import asyncio


async def ok(n):
    await asyncio.sleep(0.05 * n)
    print("ok", n)
    return n


async def bad(n):
    await asyncio.sleep(0.05 * n)
    raise ValueError(f"bad {n}")


async def main():
    try:
        await asyncio.gather(ok(1), bad(2), ok(3))
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0.25)
    res = await asyncio.gather(ok(1), bad(2), bad(1), return_exceptions=True)
    print([type(r).__name__ + ":" + str(r) for r in res])


asyncio.run(main())
