# Debug mode: a step longer than slow_callback_duration (0.1 s) is reported on stderr
# ("Executing <Task ...> took N seconds"); shown here with the path and duration masked.
import asyncio
import io
import re
import sys
import time


async def hog():
    time.sleep(0.12)


async def quick():
    await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug(), loop.slow_callback_duration)
    await asyncio.create_task(hog(), name="hog")
    await asyncio.create_task(quick(), name="quick")
    print("done")


buf = io.StringIO()
saved, sys.stderr = sys.stderr, buf
try:
    asyncio.run(main(), debug=True)
finally:
    sys.stderr = saved
text = re.sub(r"defined at \S+:(\d+)>", r"defined at FILE:\1>", buf.getvalue())
text = re.sub(r" created at [^>\s]+", "", text)
text = re.sub(r"took \d+\.\d\d\d seconds", "took N seconds", text)
print(text)
