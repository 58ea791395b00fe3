async def f():
    await a
    x = await b
    y = await c + 1
    z = -await d
    w = await e ** 2
    v = await f.g(1)
    u = [await h for h in hs]
    t = await (await i)
    return await j
