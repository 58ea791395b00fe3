# wait(FIRST_COMPLETED): returns as soon as one is done; the rest stay pending.
import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in (("a", 0.15), ("b", 0.05), ("c", 0.1))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    print([t.result() for t in done])
    done, pending = await asyncio.wait(pending)
    print(sorted(t.result() for t in done), len(pending))


asyncio.run(main())
