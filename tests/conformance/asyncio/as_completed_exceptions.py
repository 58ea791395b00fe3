# An exception of one awaitable comes out of the awaitable as_completed yields for it.
import asyncio


async def job(n):
    for _ in range(n):
        await asyncio.sleep(0)
    if n == 2:
        raise ValueError("job 2 failed")
    return n


async def main():
    for fut in asyncio.as_completed([job(3), job(1), job(2)]):
        try:
            print("result", await fut)
        except ValueError as e:
            print("error", e)


asyncio.run(main())
