# A coroutine may catch CancelledError and go on; the task then ends normally.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("caught, cleaning up")
        await asyncio.sleep(0.01)
        return "finished anyway"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t)
    print(t.cancelled(), t.cancelling(), t.uncancel())


asyncio.run(main())
