# run_coroutine_threadsafe: another thread submits a coroutine to the running loop and
# waits for its result through a concurrent.futures.Future.
import asyncio
import threading


async def double(x):
    await asyncio.sleep(0.01)
    return x * 2


def from_thread(loop, out):
    fut = asyncio.run_coroutine_threadsafe(double(21), loop)
    out.append(fut.result(timeout=5))
    loop.call_soon_threadsafe(print, "scheduled from thread")


async def main():
    loop = asyncio.get_running_loop()
    out = []
    th = threading.Thread(target=from_thread, args=(loop, out))
    th.start()
    while th.is_alive():
        await asyncio.sleep(0.005)
    th.join()
    await asyncio.sleep(0)
    print(out)


asyncio.run(main())
