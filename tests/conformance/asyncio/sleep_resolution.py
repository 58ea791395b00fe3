# The event loop's wait has millisecond resolution on Linux (the epoll selector rounds its
# timeout up to whole milliseconds), so 200 sleeps of 0.1 ms one after another take at least
# 0.2 s, not 0.02 s.
import asyncio
import time


async def main():
    t0 = time.monotonic()
    for _ in range(200):
        await asyncio.sleep(0.0001)
    print('200 sleeps of 0.1 ms took at least 0.19 s:', time.monotonic() - t0 >= 0.19)


asyncio.run(main())
