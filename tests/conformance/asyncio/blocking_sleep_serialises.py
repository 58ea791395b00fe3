# time.sleep in a coroutine blocks the loop: the order shows no interleaving, unlike
# asyncio.sleep.
import asyncio
import time

log = []


async def blocking(n):
    log.append(f"b{n} start")
    time.sleep(0.01)
    log.append(f"b{n} end")


async def cooperative(n):
    log.append(f"c{n} start")
    await asyncio.sleep(0.01)
    log.append(f"c{n} end")


async def main():
    await asyncio.gather(*(blocking(i) for i in range(3)))
    print(log)
    log.clear()
    await asyncio.gather(*(cooperative(i) for i in range(3)))
    print(log)


asyncio.run(main())
