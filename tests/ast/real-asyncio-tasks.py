import asyncio
import random


async def job(name: str, delay: float) -> str:
    print(f"[{name}] start")
    await asyncio.sleep(delay)
    print(f"[{name}] done after {delay:.2f}s")
    return name.upper()


async def with_timeout(coro, timeout):
    try:
        return await asyncio.wait_for(coro, timeout=timeout)
    except asyncio.TimeoutError:
        return None


async def main():
    rng = random.Random(42)
    tasks = [asyncio.create_task(job(f"t{i}", rng.random())) for i in range(5)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    results = await asyncio.gather(*pending, return_exceptions=True)
    slow = await with_timeout(job("slow", 5), 0.1)
    async with asyncio.timeout(1):
        await asyncio.sleep(0)
    return results, slow


asyncio.run(main())
