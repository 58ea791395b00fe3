import asyncio
async def work(n):
    await asyncio.sleep(n / 100)
    if n == 3:
        raise ValueError(n)
    return n
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(work(i)) for i in range(5)]
    except* ValueError as eg:
        print("errors:", [str(e) for e in eg.exceptions])
asyncio.run(main())
