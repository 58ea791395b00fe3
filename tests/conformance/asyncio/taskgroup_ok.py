# TaskGroup waits for all its tasks; tasks added from inside run too.
import asyncio


async def job(n):
    await asyncio.sleep(0.05 * n)
    print("job", n)
    return n


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job(2))
        t2 = tg.create_task(job(1), name="named")
        print("in body", t2.get_name())
    print("after", t1.result(), t2.result())

    async def spawner(tg):
        tg.create_task(job(3))
        return "spawned"

    async with asyncio.TaskGroup() as tg:
        s = tg.create_task(spawner(tg))
    print(s.result())


asyncio.run(main())
