# new_event_loop / set_event_loop / get_event_loop / run_until_complete / stop / close.
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(loop.run_until_complete(add(2, 3)))
print(loop.is_running(), loop.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)


async def check_running():
    return asyncio.get_running_loop() is loop, loop.is_running()

print(loop.run_until_complete(check_running()))
loop.call_later(0.01, loop.stop)
loop.run_forever()
print("stopped")
loop.close()
c = add(1, 1)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError", e)
c.close()
asyncio.set_event_loop(None)
