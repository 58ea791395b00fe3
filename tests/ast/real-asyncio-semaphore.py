import asyncio
import time

async def fetch(sem: asyncio.Semaphore, i: int) -> tuple[int, float]:
    async with sem:
        t0 = time.monotonic()
        await asyncio.sleep(0.01 * (i % 3))
        return i, time.monotonic() - t0

async def main(limit: int = 3) -> None:
    sem = asyncio.Semaphore(limit)
    results = await asyncio.gather(*(fetch(sem, i) for i in range(10)))
    for i, dt in sorted(results, key=lambda r: -r[1])[:3]:
        print(f"{i:2d} took {dt * 1000:6.1f} ms")

asyncio.run(main())
