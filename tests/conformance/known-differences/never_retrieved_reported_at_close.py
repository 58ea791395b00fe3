"""Known difference: "Task exception was never retrieved" is printed when the event loop
closes, not when the task object is garbage-collected.

Cause: CPython reports it from the task's finaliser, which reference counting runs as soon
as the last reference goes. Our collector has no such prompt finalisation, so the event
loop reports unretrieved exceptions when it closes (asyncio.run's end). The message and the
traceback are the same; only its position relative to other output may differ.
Workaround: retrieve task exceptions (await the task, or call task.exception()).
"""
import asyncio


async def fails():
    raise ValueError("never retrieved")


async def main():
    asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main())
