# Queue with producers and consumers; task_done/join; ordering is deterministic.
import asyncio


async def producer(q, name, n):
    for i in range(n):
        await q.put(f"{name}{i}")
        await asyncio.sleep(0)


async def consumer(q, name, out):
    while True:
        item = await q.get()
        out.append(f"{name}:{item}")
        q.task_done()


async def main():
    q = asyncio.Queue()
    out = []
    consumers = [asyncio.create_task(consumer(q, f"c{i}", out)) for i in range(2)]
    await asyncio.gather(producer(q, "p", 3), producer(q, "r", 2))
    await q.join()
    print(out)
    for c in consumers:
        c.cancel()
    res = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in res])


asyncio.run(main())
