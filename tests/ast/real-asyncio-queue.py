import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)

async def consumer(q, name):
    total = 0
    while (item := await q.get()) is not None:
        total += item
        q.task_done()
    q.task_done()
    print(f"{name}: {total}")
    return total

async def main():
    q = asyncio.Queue(maxsize=2)
    prod = asyncio.create_task(producer(q, 10))
    cons = asyncio.create_task(consumer(q, "c1"))
    await prod
    total = await cons
    assert total == sum(range(10))

if __name__ == "__main__":
    asyncio.run(main())
