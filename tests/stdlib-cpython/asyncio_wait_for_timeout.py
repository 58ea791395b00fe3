import asyncio
async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise
async def fast():
    await asyncio.sleep(0.001)
    return "fast"
async def main():
    print(await asyncio.wait_for(fast(), 1))
    try:
        await asyncio.wait_for(slow(), 0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, type(e.__cause__).__name__)
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout cm", cm.expired())
    async with asyncio.timeout(None) as cm2:
        await asyncio.sleep(0)
    print(cm2.expired(), cm2.when())
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await slow()
    except TimeoutError:
        print("timeout_at")
    print(await asyncio.wait_for(fast(), None))
    try:
        await asyncio.wait_for(slow(), 0)
    except asyncio.TimeoutError:
        print("zero timeout")
asyncio.run(main())
