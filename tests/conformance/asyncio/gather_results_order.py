# gather returns results in argument order, whatever order they finish in; duplicates
# of one coroutine object run once.
import asyncio


async def job(n, delay):
    await asyncio.sleep(delay)
    print("finished", n)
    return n * 10


async def main():
    print(await asyncio.gather(job(1, 0.15), job(2, 0.05), job(3, 0.1)))
    c = job(4, 0)
    print(await asyncio.gather(c, c))
    print(await asyncio.gather())
    t = asyncio.create_task(job(5, 0))
    print(await asyncio.gather(t, job(6, 0)))


asyncio.run(main())
