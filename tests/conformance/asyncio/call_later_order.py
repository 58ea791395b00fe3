# Timers fire in deadline order, ties in scheduling order; cancelled handles never run.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    seen = []
    done = loop.create_future()
    loop.call_later(0.15, seen.append, "c")
    loop.call_later(0.05, seen.append, "a")
    h = loop.call_later(0.1, seen.append, "cancelled")
    loop.call_later(0.1, seen.append, "b1")
    loop.call_later(0.1, seen.append, "b2")
    loop.call_at(loop.time() + 0.2, done.set_result, "done")
    h.cancel()
    print(h.cancelled())
    print(await done)
    print(seen)
    th = loop.call_later(10, print)
    print(type(th).__name__, th.when() > loop.time())
    th.cancel()


asyncio.run(main())
