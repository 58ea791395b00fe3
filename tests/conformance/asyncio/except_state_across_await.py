# sys.exception() inside a coroutine that awaits while handling an exception, with the
# resumer handling the same exception object (as a Task's wakeup does for cancellation).
import asyncio
import sys


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner handling", type(sys.exception()).__name__)
        await asyncio.sleep(0)
        print("after await still", type(sys.exception()).__name__)
        raise


async def main():
    t = asyncio.create_task(inner())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: cancelled", sys.exception() is not None)
    print("outside handler", sys.exception())


asyncio.run(main())
