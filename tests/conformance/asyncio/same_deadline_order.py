# Tasks sleeping the same duration wake in the order they went to sleep.
import asyncio

order = []


async def sleeper(name, d):
    await asyncio.sleep(d)
    order.append(name)


async def main():
    ts = [asyncio.create_task(sleeper(f"t{i}", 0.05)) for i in range(6)]
    await asyncio.gather(*ts)
    print(order)
    order.clear()
    await asyncio.gather(*(sleeper(f"z{i}", 0) for i in range(4)))
    print(order)


asyncio.run(main())
