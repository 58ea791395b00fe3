# Condition: notify(n) wakes n waiters in order; wait_for checks a predicate.
import asyncio


async def consumer(cond, name, box):
    async with cond:
        await cond.wait()
        print(name, "notified; box =", box)


async def main():
    cond = asyncio.Condition()
    box = []
    ts = [asyncio.create_task(consumer(cond, f"c{i}", box)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        box.append(1)
        cond.notify(2)
    await asyncio.sleep(0.01)
    async with cond:
        box.append(2)
        cond.notify_all()
    await asyncio.gather(*ts)

    async def pred_waiter():
        async with cond:
            r = await cond.wait_for(lambda: len(box) >= 4)
            print("predicate true", r, box)

    t = asyncio.create_task(pred_waiter())
    for v in (3, 4):
        await asyncio.sleep(0)
        async with cond:
            box.append(v)
            cond.notify_all()
    await t
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(main())
