# Lock: waiters acquire in FIFO order; `async with` releases on exit.
import asyncio


async def worker(lock, name, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0.01)
        log.append(f"{name} out")


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(worker(lock, n, log) for n in "abc"))
    print(log)
    print(lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(main())
