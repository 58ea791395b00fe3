# An event loop running in a second thread; the main thread submits work to it.
import asyncio
import threading


def run_loop(loop):
    asyncio.set_event_loop(loop)
    loop.run_forever()


async def greet(name):
    await asyncio.sleep(0.01)
    return f"hello {name}"


loop = asyncio.new_event_loop()
t = threading.Thread(target=run_loop, args=(loop,))
t.start()
futs = [asyncio.run_coroutine_threadsafe(greet(n), loop) for n in ("a", "b")]
print([f.result(timeout=5) for f in futs])
loop.call_soon_threadsafe(loop.stop)
t.join()
loop.close()
print("closed", loop.is_closed())
