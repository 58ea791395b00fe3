# loop.run_in_executor with the default pool and with an explicit ThreadPoolExecutor.
import asyncio
import concurrent.futures
import functools


def work(a, b=0):
    return a + b


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, work, 1))
    print(await loop.run_in_executor(None, functools.partial(work, 2, b=3)))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        res = await asyncio.gather(*(loop.run_in_executor(pool, work, i, 10) for i in range(4)))
    print(res)


asyncio.run(main())
