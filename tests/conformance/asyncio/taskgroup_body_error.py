# An exception in the body of `async with TaskGroup` cancels the tasks and joins the group.
import asyncio


async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0)
            raise KeyError("body")
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, [repr(e) for e in eg.exceptions])

    tg = asyncio.TaskGroup()
    c = child()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()


asyncio.run(main())
