# join() waits until every item was marked done; getters wait in FIFO order.
import asyncio


async def getter(q, name):
    item = await q.get()
    print(name, "got", item)
    await asyncio.sleep(0.01)
    q.task_done()


async def main():
    q = asyncio.Queue()
    ts = [asyncio.create_task(getter(q, f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        q.put_nowait(i)
    print("joining")
    await q.join()
    print("joined", q.empty())
    await asyncio.gather(*ts)
    print(repr(asyncio.Queue(3)).split(" at ")[0].startswith("<Queue"))


asyncio.run(main())
