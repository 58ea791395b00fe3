import asyncio
async def main():
    lock = asyncio.Lock()
    shared = []
    async def add(i):
        async with lock:
            shared.append(i)
            await asyncio.sleep(0)
    await asyncio.gather(*(add(i) for i in range(5)))
    print(shared)
asyncio.run(main())
