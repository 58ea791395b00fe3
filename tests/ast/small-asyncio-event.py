import asyncio
async def waiter(ev, name):
    await ev.wait()
    return name
async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, n)) for n in "abc"]
    await asyncio.sleep(0)
    ev.set()
    print(await asyncio.gather(*tasks))
asyncio.run(main())
