# A getter cancelled while waiting does not swallow an item; getters are served FIFO.
import asyncio


async def get(q, name):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(get(q, "g1"))
    g2 = asyncio.create_task(get(q, "g2"))
    g3 = asyncio.create_task(get(q, "g3"))
    await asyncio.sleep(0)
    g1.cancel()
    q.put_nowait("first")
    q.put_nowait("second")
    await asyncio.gather(g1, g2, g3, return_exceptions=True)
    print("left", q.qsize())


asyncio.run(main())
