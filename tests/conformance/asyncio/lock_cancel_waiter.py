# A cancelled lock waiter leaves the queue; the next one gets the lock.
import asyncio


async def holder(lock):
    async with lock:
        await asyncio.sleep(0.1)


async def waiter(lock, name):
    try:
        async with lock:
            print(name, "acquired")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    w1 = asyncio.create_task(waiter(lock, "w1"))
    w2 = asyncio.create_task(waiter(lock, "w2"))
    await asyncio.sleep(0.025)
    w1.cancel()
    await asyncio.gather(h, w1, w2, return_exceptions=True)
    print(w1.cancelled(), w2.done())


asyncio.run(main())
