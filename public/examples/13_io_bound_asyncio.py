# I/O-bound work with asyncio: one thread, one event loop. Each task awaits
# asyncio.sleep (standing for network I/O); while it waits, the loop runs the
# others. Ten 0.5 s waits finish in about 0.5 s.
import asyncio
import time


async def fetch(i):
    await asyncio.sleep(0.5)
    return f"page {i}"


async def main():
    start = time.perf_counter()
    pages = await asyncio.gather(*(fetch(i) for i in range(10)))
    print(pages)
    print(f"10 fetches took {time.perf_counter() - start:.2f} s")


asyncio.run(main())
