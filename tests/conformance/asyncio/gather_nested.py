# Nested gathers and awaiting the same task from several places.
import asyncio


async def leaf(n):
    await asyncio.sleep(0)
    return n


async def branch(base):
    return await asyncio.gather(leaf(base), leaf(base + 1))


async def main():
    print(await asyncio.gather(branch(0), branch(10), leaf(99)))
    shared = asyncio.create_task(leaf("shared"))

    async def use(tag):
        return tag, await shared

    print(await asyncio.gather(use("a"), use("b")))


asyncio.run(main())
