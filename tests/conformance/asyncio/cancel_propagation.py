# CancelledError propagates through a chain of awaits; finally blocks run innermost first.
import asyncio


async def level3():
    try:
        await asyncio.sleep(1)
    finally:
        print("level3 finally")


async def level2():
    try:
        await level3()
    finally:
        print("level2 finally")


async def level1():
    try:
        await level2()
    except asyncio.CancelledError:
        print("level1 caught; re-raising")
        raise


async def main():
    t = asyncio.create_task(level1())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())
