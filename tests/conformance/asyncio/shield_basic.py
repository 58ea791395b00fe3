# shield: cancelling the awaiter does not cancel the shielded task.
import asyncio


async def important():
    await asyncio.sleep(0.15)
    print("important finished")
    return 42


async def waiter(t):
    try:
        return await asyncio.shield(t)
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise


async def main():
    t = asyncio.create_task(important())
    w = asyncio.create_task(waiter(t))
    await asyncio.sleep(0.05)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        pass
    print("task cancelled?", t.cancelled())
    print("result", await t)
    done = asyncio.get_running_loop().create_future()
    done.set_result("ready")
    print(asyncio.shield(done) is done)


asyncio.run(main())
