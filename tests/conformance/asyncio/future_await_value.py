# Awaiting a future another task completes; set_exception reaches the awaiter.
import asyncio


async def producer(fut, value, fail):
    await asyncio.sleep(0.01)
    if fail:
        fut.set_exception(LookupError(value))
    else:
        fut.set_result(value)


async def main():
    loop = asyncio.get_running_loop()
    for fail in (False, True):
        fut = loop.create_future()
        asyncio.create_task(producer(fut, "v", fail))
        try:
            print("got", await fut)
        except LookupError as e:
            print("raised", repr(e))
    f = loop.create_future()
    loop.call_soon(f.set_result, "soon")
    print(await f)


asyncio.run(main())
