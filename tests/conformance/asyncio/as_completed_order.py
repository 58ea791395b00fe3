# as_completed yields in completion order.
import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    coros = [job("third", 0.15), job("first", 0.05), job("second", 0.1)]
    for fut in asyncio.as_completed(coros):
        print(await fut)
    try:
        for fut in asyncio.as_completed([job("slow", 1), job("quick", 0)], timeout=0.25):
            print(await fut)
    except TimeoutError:
        print("as_completed timeout")


asyncio.run(main())
