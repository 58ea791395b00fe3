# sleep(0) is a bare yield: each task gives up exactly one loop iteration.
import asyncio

log = []


async def ping(tag, n):
    for i in range(n):
        log.append(f"{tag}{i}")
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(ping("x", 4), ping("y", 2), ping("z", 3))
    print(" ".join(log))


asyncio.run(main())
