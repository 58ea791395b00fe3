# 1,000 tasks each sleeping 0.1 s: they all wait at once, so the gather should take about
# 0.1 s (the target is under 0.3 s). stdout is a checksum; the time of the gather alone goes
# to stderr as "elapsed SECONDS" (tools/bench-asyncio.ts reads it).
import asyncio
import sys
import time

TASKS = 1_000


async def sleeper(i):
    await asyncio.sleep(0.1)
    return i


async def main():
    t0 = time.perf_counter()
    results = await asyncio.gather(*(sleeper(i) for i in range(TASKS)))
    dt = time.perf_counter() - t0
    print(len(results), sum(results))
    print(f"elapsed {dt:.4f}", file=sys.stderr)


asyncio.run(main())
