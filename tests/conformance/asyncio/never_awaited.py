# Calling a coroutine function without awaiting it: python3 warns when the coroutine is
# dropped ("coroutine ... was never awaited").
import asyncio


async def work():
    print("never printed")


async def main():
    work()
    asyncio.sleep(0.01)
    print("main continues")
    await asyncio.sleep(0)


asyncio.run(main())
print(asyncio.iscoroutinefunction(work), asyncio.iscoroutinefunction(print))
