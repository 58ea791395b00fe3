# Done callbacks of a task run after it finishes, in registration order, via the loop.
import asyncio


async def job():
    await asyncio.sleep(0)
    return "r"


async def main():
    t = asyncio.create_task(job())
    t.add_done_callback(lambda f: print("cb A", f.result()))
    t.add_done_callback(lambda f: print("cb B", f.done()))
    await t
    print("after await")
    await asyncio.sleep(0)
    print("after one more iteration")
    t.add_done_callback(lambda f: print("late cb"))
    await asyncio.sleep(0)


asyncio.run(main())
