import asyncio
log = []
async def worker(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name
async def main():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2), name="second")
    log.append("created")
    print(t1.get_name(), t2.get_name())
    r = await asyncio.gather(t1, t2, worker("c", 2))
    print(r)
    print(log)
    print(t1.done(), t1.result(), repr(t1).startswith("<Task finished name='Task-2'"))
asyncio.run(main())
