# A bounded queue blocks put() until there is room; nowait variants raise.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    await q.put(1)
    q.put_nowait(2)
    print(q.qsize(), q.full())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")

    async def late_put():
        print("putting 3")
        await q.put(3)
        print("put 3 done")

    t = asyncio.create_task(late_put())
    await asyncio.sleep(0)
    print("got", q.get_nowait())
    await t
    print([q.get_nowait() for _ in range(q.qsize())])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        q.task_done()
        q.task_done()
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
