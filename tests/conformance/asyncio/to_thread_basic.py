# to_thread runs a blocking function in a worker thread while the loop goes on.
import asyncio
import threading
import time


def blocking(n):
    time.sleep(0.02)
    return n * 2, threading.current_thread() is not threading.main_thread()


async def ticker(log):
    for i in range(3):
        log.append(f"tick {i}")
        await asyncio.sleep(0.001)


async def main():
    log = []
    r, _ = await asyncio.gather(asyncio.to_thread(blocking, 21), ticker(log))
    print(r, log)
    print(await asyncio.to_thread(sorted, [3, 1, 2]))
    try:
        await asyncio.to_thread(int, "x")
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
