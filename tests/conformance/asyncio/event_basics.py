# Event: every waiter wakes on set(); wait() on a set event returns at once; clear().
import asyncio


async def waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke")


async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.01)
    print("is_set", ev.is_set())
    ev.set()
    await asyncio.gather(*ts)
    print(await ev.wait())
    ev.clear()
    print("is_set", ev.is_set())


asyncio.run(main())
