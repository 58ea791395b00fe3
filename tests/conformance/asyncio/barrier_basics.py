# Barrier(3): tasks wait until three arrive; wait() returns distinct indices; reset/abort.
import asyncio


async def party(b, name, d):
    await asyncio.sleep(d)
    print(name, "arrives")
    i = await b.wait()
    print(name, "passes")
    return i


async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    idx = await asyncio.gather(party(b, "a", 0.05), party(b, "b", 0.1), party(b, "c", 0.15))
    print(sorted(idx))

    b2 = asyncio.Barrier(2)

    async def stuck():
        try:
            await b2.wait()
        except asyncio.BrokenBarrierError:
            print("BrokenBarrierError")

    t = asyncio.create_task(stuck())
    await asyncio.sleep(0)
    print("waiting", b2.n_waiting)
    await b2.abort()
    await t
    print(b2.broken)


asyncio.run(main())
