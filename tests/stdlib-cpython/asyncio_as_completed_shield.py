import asyncio
async def job(n, d):
    await asyncio.sleep(d)
    return n
async def main():
    res = []
    for coro in asyncio.as_completed([job(1, 0.03), job(2, 0.01), job(3, 0.02)]):
        res.append(await coro)
    print(res)
    try:
        for coro in asyncio.as_completed([job(1, 1)], timeout=0.01):
            await coro
    except asyncio.TimeoutError:
        print("as_completed timeout")
    inner = asyncio.create_task(job("inner", 0.02))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled")
    print(await inner, inner.cancelled())
asyncio.run(main())
