import asyncio
async def job(n, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(f"job {n} failed")
    return n
async def main():
    ts = [asyncio.create_task(job(i, 0.01 * (3 - i))) for i in range(3)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(ts)
    print(sorted(t.result() for t in done), len(pending))
    ts = [asyncio.create_task(job(1, 0.05)), asyncio.create_task(job(2, 0.01, True))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print([type(t.exception()).__name__ for t in done], len(pending))
    done, pending = await asyncio.wait(ts, timeout=0.001)
    print(len(done), len(pending))
    for p in pending: p.cancel()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError", e)
    try:
        await asyncio.wait([job(1, 0)])
    except TypeError as e:
        print("TypeError", e)
asyncio.run(main())
