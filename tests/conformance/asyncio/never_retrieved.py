# A task whose exception nobody retrieves is reported ("Task exception was never
# retrieved"); retrieving it (await or .exception()) silences the report.
import asyncio


async def fails(msg):
    raise ValueError(msg)


async def main():
    t1 = asyncio.create_task(fails("looked at"))
    t2 = asyncio.create_task(fails("awaited"))
    asyncio.create_task(fails("nobody looks"))
    await asyncio.sleep(0.01)
    print(repr(t1.exception()))
    try:
        await t2
    except ValueError as e:
        print("caught", e)
    print("main done")


asyncio.run(main())
print("after run")
