import asyncio
async def fails():
    raise ValueError("never retrieved")
async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    print("main done", t.done())
asyncio.run(main())
print("after run")
async def boom():
    raise KeyError("k")
try:
    asyncio.run(boom())
except KeyError as e:
    print("KeyError", e)
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError", e)
loop = asyncio.new_event_loop()
print(loop.is_closed(), loop.is_running())
print(loop.run_until_complete(asyncio.sleep(0, "res")))
loop.close()
try:
    loop.run_until_complete(asyncio.sleep(0))
except RuntimeError as e:
    print("RuntimeError", e)
