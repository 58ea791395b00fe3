# cancel(msg): the message reaches the coroutine's CancelledError and the awaiter's.
import asyncio


async def victim():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("victim sees", e.args)
        raise


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    print(t.cancel("stop now"))
    print(t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees", e.args)
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raises", e.args)


asyncio.run(main())
