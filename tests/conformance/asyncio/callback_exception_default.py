# With no handler set, an exception in a callback is reported on stderr ("Exception in
# callback ...") and the loop goes on. The report is captured and shown without the
# frames of the asyncio package, whose paths differ between installations.
import asyncio
import io
import sys


def bad(n):
    raise ZeroDivisionError(n)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad, 1)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("loop still running")


buf = io.StringIO()
saved, sys.stderr = sys.stderr, buf
try:
    asyncio.run(main())
finally:
    sys.stderr = saved
lines = buf.getvalue().splitlines()
keep = True
for line in lines:
    if line.startswith('  File "'):
        keep = "callback_exception_default.py" in line
    elif not line.startswith("    "):
        keep = True
    if keep:
        print(line.replace(__file__, "FILE").replace("callback_exception_default.py", "FILE"))
