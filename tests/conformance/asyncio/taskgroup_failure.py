# A failing task cancels its siblings; the errors come out as an ExceptionGroup.
import asyncio


async def fail(n, d):
    await asyncio.sleep(d)
    raise ValueError(f"fail {n}")


async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1, 0))
            tg.create_task(fail(2, 0))
            tg.create_task(slow())
    except* ValueError as eg:
        print(type(eg).__name__, eg.message, sorted(str(e) for e in eg.exceptions))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(3, 0))
    except ExceptionGroup as eg:
        print(repr(eg))


asyncio.run(main())
