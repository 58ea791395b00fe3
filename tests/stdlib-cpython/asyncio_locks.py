import asyncio
async def main():
    lock = asyncio.Lock()
    order = []
    async def w(n):
        async with lock:
            order.append(f"in{n}")
            await asyncio.sleep(0.001)
            order.append(f"out{n}")
    await asyncio.gather(*(w(i) for i in range(3)))
    print(order, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    ev = asyncio.Event()
    async def waiter(n):
        await ev.wait()
        print("waiter", n, "woke")
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("setting", ev.is_set())
    ev.set()
    await asyncio.gather(*ts)
    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0
    async def s(n):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.001)
            active -= 1
    await asyncio.gather(*(s(i) for i in range(6)))
    print("peak", peak)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire(); bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)
    cond = asyncio.Condition()
    items = []
    async def cons():
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumed", items.pop())
    t = asyncio.create_task(cons())
    await asyncio.sleep(0)
    async with cond:
        items.append("x")
        cond.notify()
    await t
    b = asyncio.Barrier(3)
    async def bw(n):
        i = await b.wait()
        return i
    print(sorted(await asyncio.gather(*(bw(i) for i in range(3)))))
asyncio.run(main())
