# asyncio.timeout(): TimeoutError out of the block, CancelledError inside it; reschedule.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.02) as cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inside: CancelledError")
                raise
    except TimeoutError:
        print("outside: TimeoutError", cm.expired())

    async with asyncio.timeout(None) as cm:
        print("no deadline", cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 1)
        await asyncio.sleep(0.01)
        print("rescheduled, expired:", cm.expired())

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print("finished in time:", cm.expired())


asyncio.run(main())
