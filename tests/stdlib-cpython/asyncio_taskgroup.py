import asyncio
async def job(n, d, fail=None):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print("cancelled", n)
        raise
    if fail:
        raise fail
    print("done", n)
    return n
async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job(1, 0.01))
        t2 = tg.create_task(job(2, 0.02))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(3, 0.05))
            tg.create_task(job(4, 0.01, ValueError("four")))
            tg.create_task(job(5, 0.01, KeyError("five")))
    except* ValueError as eg:
        print("ValueErrors", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("KeyErrors", [repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(6, 0.05))
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print(eg, [type(e).__name__ for e in eg.exceptions])
asyncio.run(main())
