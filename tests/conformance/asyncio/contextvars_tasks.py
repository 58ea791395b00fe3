# Each task runs in a copy of the context current when it was created; create_task(context=).
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")


async def show(tag):
    print(tag, var.get())
    var.set(f"changed by {tag}")
    await asyncio.sleep(0)
    print(tag, "still sees", var.get())


async def main():
    var.set("main value")
    t = asyncio.create_task(show("task1"))
    var.set("later main value")
    await t
    print("main sees", var.get())
    ctx = contextvars.Context()
    await asyncio.create_task(show("task2"), context=ctx)
    print("ctx holds", ctx[var])
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    ctx2 = contextvars.copy_context()
    loop.call_soon(lambda: fut.set_result(var.get()), context=ctx2)
    print("callback saw", await fut)


asyncio.run(main())
