# run_until_complete with a plain Future; stopping the loop first is an error.
import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
loop.call_later(0.01, fut.set_result, "from timer")
print(loop.run_until_complete(fut))

fut2 = loop.create_future()
loop.call_soon(loop.stop)
try:
    loop.run_until_complete(fut2)
except RuntimeError as e:
    print("RuntimeError", e)
fut2.cancel()
try:
    loop.run_until_complete(fut2)
except asyncio.CancelledError:
    print("CancelledError from a cancelled future")


async def nested():
    c = asyncio.sleep(0)
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()

loop.run_until_complete(nested())
loop.close()
