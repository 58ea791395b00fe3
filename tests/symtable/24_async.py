async def f(xs):
    async for x in xs:
        await x
    async with xs as y:
        pass
    return [await z async for z in xs]
