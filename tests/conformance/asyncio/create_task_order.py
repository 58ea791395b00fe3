# Tasks start on the next loop iteration, in creation order, after the creator yields.
import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    print(f"{name} done")
    return name.upper()


async def main():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 1))
    t3 = asyncio.create_task(worker("c", 2))
    print("created, not started")
    await asyncio.sleep(0)
    print("main resumed once")
    print(await t1, await t2, await t3)


asyncio.run(main())
