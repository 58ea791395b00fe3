# wait(timeout=...) does not cancel what is pending and raises nothing; bad arguments raise.
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    slow = asyncio.create_task(job(0.2))
    fast = asyncio.create_task(job(0.05))
    done, pending = await asyncio.wait({slow, fast}, timeout=0.25)
    print(fast in done, slow in pending, slow.cancelled())
    slow.cancel()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError", e)
    try:
        await asyncio.wait({fast}, return_when="sometimes")
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
