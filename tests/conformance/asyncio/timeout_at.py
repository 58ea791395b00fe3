# asyncio.timeout_at(when) with the loop's clock; a deadline already passed.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.02):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired")
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("body runs")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline")
    try:
        async with asyncio.timeout(0.01):
            raise KeyError("inner error wins")
    except KeyError as e:
        print("KeyError", e)


asyncio.run(main())
