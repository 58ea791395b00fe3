"""Known difference: "coroutine ... was never awaited" is reported only when the coroutine
is discarded right where it was created (`f()` written for `await f()`).

Cause: CPython warns from the coroutine's finaliser, which reference counting runs at the
moment the last reference goes: at the end of the `except` block that held it in a
traceback, say, or when the variable holding it is rebound. Our collector has no such
prompt finalisation; the eval loop warns only where the moment is certain (a call's result,
a coroutine never started, dropped by the statement). Below, python3 warns at the `print`
that ends the handler (the TypeError's traceback kept the coroutine alive until then); we
print no warning.
Workaround: await every coroutine, or close() one you decide not to run.
"""
import asyncio


async def job():
    return 1


async def main():
    try:
        await asyncio.wait([job()])
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
