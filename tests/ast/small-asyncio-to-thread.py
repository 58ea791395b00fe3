import asyncio, time
def blocking(n):
    time.sleep(n)
    return n
async def main():
    r = await asyncio.gather(asyncio.to_thread(blocking, 0.01), asyncio.sleep(0.01, result="s"))
    print(r)
asyncio.run(main())
