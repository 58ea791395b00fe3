# A task cancelled before its first step never runs its body.
import asyncio


async def body():
    print("body ran")


async def main():
    t = asyncio.create_task(body())
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled())
    t2 = asyncio.create_task(body())
    await asyncio.sleep(0)
    print(t2.done(), t2.cancel())


asyncio.run(main())
