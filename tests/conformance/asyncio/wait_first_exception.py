# wait(FIRST_EXCEPTION) returns when one raises; ALL_COMPLETED when none does.
import asyncio


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(name)
    return name


async def main():
    ts = [asyncio.create_task(job("a", 0.05)), asyncio.create_task(job("b", 0.1, True)),
          asyncio.create_task(job("c", 0.25))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in ts:
        if t.done():
            print("exception" if t.exception() else "result", t.exception() or t.result())
    ts2 = [asyncio.create_task(job("d", 0.05)), asyncio.create_task(job("e", 0.1))]
    done, pending = await asyncio.wait(ts2, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    await asyncio.wait([ts[2]])
    print(ts[2].result())


asyncio.run(main())
