import asyncio
async def sleeper(tag):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(tag, "cancelled with", e.args)
        raise
    finally:
        print(tag, "finally")
async def swallow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallowed")
        return "survived"
async def main():
    t = asyncio.create_task(sleeper("t"))
    await asyncio.sleep(0)
    print(t.cancel("stop now"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw", type(e).__name__, e.args)
    print(t.cancelled(), t.done(), t.cancel())
    s = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())
    u = asyncio.create_task(sleeper("u"))
    u.cancel()
    try:
        await u
    except asyncio.CancelledError:
        print("u cancelled before start", u.cancelling())
    try:
        u.result()
    except asyncio.CancelledError as e:
        print("result raises", repr(e))
asyncio.run(main())
