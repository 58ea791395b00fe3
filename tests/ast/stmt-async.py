import asyncio

async def fetch(url):
    await asyncio.sleep(0.1)
    return url

async def main():
    async with session() as s:
        async for item in s.stream():
            print(item)
    async with a as b, c as d:
        pass
    async for x in aiter():
        pass
    else:
        pass
    result = await fetch("u")
    results = await asyncio.gather(*[fetch(u) for u in urls])
    return [x async for x in agen()]

asyncio.run(main())
