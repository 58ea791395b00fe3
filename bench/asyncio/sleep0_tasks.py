# 10,000 tasks, each awaiting asyncio.sleep(0) ten times: the cost of a task step and of one
# loop iteration. stdout is a checksum (compared with python3's); the time of the gather
# alone goes to stderr as "elapsed SECONDS" (tools/bench-asyncio.ts reads it).
import asyncio
import sys
import time

TASKS = 10_000
STEPS = 10


async def worker(i):
    for _ in range(STEPS):
        await asyncio.sleep(0)
    return i


async def main():
    t0 = time.perf_counter()
    results = await asyncio.gather(*(worker(i) for i in range(TASKS)))
    dt = time.perf_counter() - t0
    print(len(results), sum(results))
    print(f"elapsed {dt:.4f}", file=sys.stderr)


asyncio.run(main())
