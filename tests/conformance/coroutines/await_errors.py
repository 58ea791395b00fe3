# Awaiting non-awaitables, reusing a finished coroutine, and un-awaited coroutine type checks.
async def f(): return 1
async def bad():
    await 5
co = bad()
try:
    co.send(None)
except TypeError as e:
    print(e)
c = f()
try:
    c.send(None)
except StopIteration:
    pass
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
class BadAwait:
    def __await__(self): return 5
async def g():
    await BadAwait()
try:
    g().send(None)
except TypeError as e:
    print(e)
c3 = f()
c3.close()
print('closed never-started coroutine')
