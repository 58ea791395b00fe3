# call_soon_threadsafe from another thread wakes a loop that is waiting with nothing to do.
import asyncio
import threading
import time


def worker(loop, fut):
    time.sleep(0.02)
    loop.call_soon_threadsafe(fut.set_result, "woken by thread")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = threading.Thread(target=worker, args=(loop, fut))
    t.start()
    print(await fut)
    t.join()


asyncio.run(main())
