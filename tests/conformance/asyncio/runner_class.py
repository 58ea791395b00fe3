# asyncio.Runner keeps one loop across several run() calls.
import asyncio


async def which_loop():
    return asyncio.get_running_loop()


with asyncio.Runner() as runner:
    l1 = runner.run(which_loop())
    l2 = runner.run(which_loop())
    print(l1 is l2, l1 is runner.get_loop())
    print(l1.is_closed())
print(l1.is_closed())
c = which_loop()
try:
    runner.run(c)
except RuntimeError as e:
    print("RuntimeError", e)
c.close()
