# A blocking call inside a coroutine: time.sleep does not await, so it blocks the
# whole event loop — no other task runs while it sleeps. Compare with
# `await asyncio.sleep(0.5)`, which lets the loop switch tasks.
import asyncio
import time


async def blocking(i):
    time.sleep(0.5)               # blocks the loop: the organised chef freezes
    print(f"blocking task {i} done")


async def cooperative(i):
    await asyncio.sleep(0.5)      # yields to the loop: other tickets move on
    print(f"cooperative task {i} done")


async def main():
    start = time.perf_counter()
    await asyncio.gather(*(blocking(i) for i in range(3)))
    print(f"blocking: {time.perf_counter() - start:.2f} s")
    start = time.perf_counter()
    await asyncio.gather(*(cooperative(i) for i in range(3)))
    print(f"cooperative: {time.perf_counter() - start:.2f} s")


asyncio.run(main())
