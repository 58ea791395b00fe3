# PriorityQueue hands out the smallest item; LifoQueue the newest.
import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a0")]:
        pq.put_nowait(item)
    print([await pq.get() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for i in range(4):
        await lq.put(i)
    print([lq.get_nowait() for _ in range(4)])


asyncio.run(main())
