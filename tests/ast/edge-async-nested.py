async def outer():
    async def inner():
        async with a:
            async for b in c:
                await d
    return [await e async for e in f]
