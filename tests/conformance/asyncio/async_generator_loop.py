# Async generators driven by the loop: async for, anext, aclose, and async comprehensions.
import asyncio


async def ticks(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("ticks closed")


async def main():
    async for i in ticks(3):
        print("tick", i)
    print([i * i async for i in ticks(4)])
    g = ticks(10)
    print(await anext(g), await anext(g))
    await g.aclose()
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")


asyncio.run(main())
