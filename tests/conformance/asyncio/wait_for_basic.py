# wait_for: the result in time; TimeoutError (and the inner task cancelled) when late.
import asyncio


async def job(d, log):
    try:
        await asyncio.sleep(d)
        return f"job {d}"
    except asyncio.CancelledError:
        log.append(f"job {d} cancelled")
        raise


async def main():
    log = []
    print(await asyncio.wait_for(job(0.01, log), timeout=1))
    try:
        await asyncio.wait_for(job(1, log), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, isinstance(e, TimeoutError))
    print(log)
    print(await asyncio.wait_for(job(0, log), None))
    t = asyncio.create_task(job(1, log))
    try:
        await asyncio.wait_for(t, 0)
    except TimeoutError:
        print("zero timeout; task cancelled:", t.cancelled())


asyncio.run(main())
