# Semaphore(2): at most two tasks inside at once; BoundedSemaphore refuses extra releases.
import asyncio

inside = 0
peak = 0


async def worker(sem, n, log):
    global inside, peak
    async with sem:
        inside += 1
        peak = max(peak, inside)
        log.append(f"start {n}")
        await asyncio.sleep(0.05 * (n + 1))
        inside -= 1
        log.append(f"end {n}")


async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(worker(sem, i, log) for i in range(5)))
    print(log)
    print("peak", peak, sem.locked())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError", e)
    s = asyncio.Semaphore(0)
    print(s.locked())
    s.release()
    print(s.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
