# Cancelling the future gather returned cancels every child; a child's cancellation
# propagates as CancelledError unless return_exceptions is set.
import asyncio


async def sleeper(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise


async def main():
    g = asyncio.gather(sleeper(1), sleeper(2))
    await asyncio.sleep(0.01)
    print("cancel ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())

    t = asyncio.create_task(sleeper(3))
    g2 = asyncio.gather(t, asyncio.sleep(0.01, "x"), return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel()
    res = await g2
    print([type(r).__name__ for r in res], res[1])


asyncio.run(main())
