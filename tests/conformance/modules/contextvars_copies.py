# Copies of a Context are independent: a set() or reset() in one is never seen by another,
# whichever of them was copied from which (copy_context, Context.copy, Context.run, tasks).
import asyncio
import contextvars

a = contextvars.ContextVar("a", default=0)
b = contextvars.ContextVar("b")


def snapshot(ctx):
    return sorted((v.name, ctx[v]) for v in ctx)


a.set(1)
c1 = contextvars.copy_context()
a.set(2)
b.set("top")
c2 = contextvars.copy_context()
print("c1", snapshot(c1), "c2", snapshot(c2))


def change(tag):
    a.set(a.get() + 10)
    tok = b.set(tag)
    inner = contextvars.copy_context()
    b.reset(tok)
    return a.get(), b.get("missing"), snapshot(inner)


print("run c1", c1.run(change, "one"))
print("run c1 again", c1.run(change, "two"))
print("run c2", c2.run(change, "three"))
print("c1", snapshot(c1), "c2", snapshot(c2))
print("top", a.get(), b.get())

c3 = c1.copy()
c3.run(a.set, 99)
print("c1 after c3", snapshot(c1), "c3", snapshot(c3))
print("len", len(c1), len(c3), a in c3, "get", c3.get(a), c3.get(b, "none"))


async def task(tag):
    before = a.get()
    a.set(before + 1)
    await asyncio.sleep(0)
    return tag, before, a.get()


async def main():
    a.set(100)
    results = await asyncio.gather(task("x"), task("y"), task("z"))
    print("tasks", results, "main", a.get())
    loop = asyncio.get_running_loop()
    ctx = contextvars.copy_context()
    f1, f2 = loop.create_future(), loop.create_future()

    def callback(fut):
        a.set(a.get() + 5)
        fut.set_result(a.get())

    loop.call_soon(callback, f1, context=ctx)
    loop.call_soon(callback, f2)
    print("callbacks", await f1, await f2, "ctx", ctx[a], "main", a.get())


asyncio.run(main())
print("after run", a.get())
