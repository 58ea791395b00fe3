async def f():
    a = [x async for x in aiter()]
    b = {x async for x in aiter()}
    c = {k: v async for k, v in aitems()}
    d = (x async for x in aiter())
    e = [await x for x in xs]
    g = [x for x in xs async for y in ys]
    return a, b, c, d, e, g
