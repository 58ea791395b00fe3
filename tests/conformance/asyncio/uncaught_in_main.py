# An exception escaping main() comes out of asyncio.run; its traceback passes through the
# program's coroutines (frames of the asyncio package are left out: their paths differ).
import asyncio
import traceback


async def inner():
    await asyncio.sleep(0)
    raise KeyError("missing")


async def main():
    print("start")
    await inner()


try:
    asyncio.run(main())
except KeyError as e:
    print("KeyError", e)
    for fs in traceback.extract_tb(e.__traceback__):
        if fs.filename.endswith("uncaught_in_main.py"):
            print(fs.name, fs.lineno, fs.line)
