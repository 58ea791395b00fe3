import asyncio
async def main():
    loop = asyncio.get_running_loop()
    out = []
    loop.call_later(0.02, out.append, "later2")
    loop.call_later(0.01, out.append, "later1")
    loop.call_soon(out.append, "soon1")
    h = loop.call_soon(out.append, "cancelled")
    loop.call_soon(out.append, "soon2")
    h.cancel()
    loop.call_at(loop.time() + 0.015, out.append, "at")
    await asyncio.sleep(0.05)
    print(out)
    print(h.cancelled())
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    print(await fut)
    print(repr(fut))
asyncio.run(main())
