# An exception raised inside a nested coroutine propagates through send() to the driver.
async def inner():
    raise KeyError('from inner')
async def outer():
    try:
        await inner()
    except KeyError as e:
        raise RuntimeError('wrapped') from e
c = outer()
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
