import asyncio
async def ok(x, d):
    await asyncio.sleep(d)
    print("ok", x)
    return x
async def bad(d):
    await asyncio.sleep(d)
    raise ValueError("boom")
async def main():
    print(await asyncio.gather(ok(1, 0.02), bad(0.01), ok(2, 0), return_exceptions=True))
    try:
        await asyncio.gather(ok(3, 0.03), bad(0.01))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.05)
    g = asyncio.gather(ok(4, 1), ok(5, 1))
    await asyncio.sleep(0)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    print(await asyncio.gather())
asyncio.run(main())
