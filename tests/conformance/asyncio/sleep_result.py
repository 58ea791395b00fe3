# sleep(delay, result) returns result; sleep durations order the wake-ups.
import asyncio


async def nap(d, label):
    r = await asyncio.sleep(d, result=label)
    print("woke", r)
    return r


async def main():
    r = await asyncio.gather(nap(0.15, "slow"), nap(0.05, "fast"), nap(0.1, "mid"), nap(0, "zero"))
    print(r)
    print(await asyncio.sleep(0, "instant"))


asyncio.run(main())
