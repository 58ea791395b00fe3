import asyncio, threading, time
def blocking(n):
    time.sleep(0.01)
    return n * 2, threading.current_thread().name.startswith("asyncio_")
async def main():
    r = await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(3)))
    print(r)
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 5))
    def from_thread(loop):
        fut = asyncio.run_coroutine_threadsafe(asyncio.sleep(0.01, "threadsafe"), loop)
        return fut.result(1)
    print(await asyncio.to_thread(from_thread, loop))
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(main()), asyncio.current_task().get_name())
    print(len(asyncio.all_tasks()))
asyncio.run(main())
