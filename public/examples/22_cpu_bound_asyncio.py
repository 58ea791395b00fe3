# CPU-bound work with asyncio: coroutines only take turns at an await, and pure
# computation never awaits. The organised chef still has one stove and two hands:
# two "concurrent" computations take as long as doing them one after the other.
import asyncio
import time


def count(n):
    total = 0
    for i in range(n):
        total += i
    return total


async def compute(n):
    return count(n)          # no await inside: the loop cannot switch tasks


async def main():
    N = 300_000
    start = time.perf_counter()
    count(N)
    count(N)
    sequential = time.perf_counter() - start

    start = time.perf_counter()
    await asyncio.gather(compute(N), compute(N))
    gathered = time.perf_counter() - start

    print(f"sequential:     {sequential:.3f} s")
    print(f"asyncio.gather: {gathered:.3f} s")
    print(f"ratio: {gathered / sequential:.2f} (about 1: no speed-up for CPU-bound work)")


asyncio.run(main())
