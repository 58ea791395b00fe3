# Coroutines driven by hand with send() and throw() may block (time.sleep) at any depth of
# awaits, and an exception handled across a suspension can still be re-raised with `raise`.
import time
import types


@types.coroutine
def suspend(tag):
    got = yield tag
    return got


async def leaf(n):
    time.sleep(0.001)
    v = await suspend(f"leaf {n}")
    time.sleep(0.001)
    return v * 2


async def middle():
    total = 0
    for n in range(3):
        total += await leaf(n)
    try:
        await suspend("before throw")
    except KeyError as e:
        time.sleep(0.001)
        await suspend("handling")
        print("re-raising", repr(e))
        raise
    return total


async def top():
    try:
        return await middle()
    except KeyError as e:
        time.sleep(0.001)
        return f"top caught {e!r}"


c = top()
step = c.send(None)
n = 0
while True:
    print("yielded", step)
    try:
        if step == "before throw":
            step = c.throw(KeyError("k"))
        else:
            n += 1
            step = c.send(n)
    except StopIteration as e:
        print("returned", e.value)
        break
