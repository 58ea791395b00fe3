# Task methods and attributes: names, contexts, cancelling/uncancel, cancel during the last
# step, set_result refused, subclasses, get_coro, done callbacks of tasks.
import asyncio
import contextvars

var = contextvars.ContextVar('var', default='unset')


class MyTask(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(coro, loop=loop, name=name, context=context)
        self.extra = 'subclass'


async def value(x):
    await asyncio.sleep(0)
    return x


async def finishing(ev):
    ev.set()
    return 'finished'


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(value(1))
    print(t.get_name(), t.get_coro().__name__)
    t.set_name(12)
    print(repr(t.get_name()))
    for m, arg in (('set_result', 1), ('set_exception', ValueError())):
        try:
            getattr(t, m)(arg)
        except RuntimeError as e:
            print(m, '->', e)
    print(await t, t.done(), t.result())

    ctx = contextvars.copy_context()
    ctx.run(var.set, 'in ctx')
    async def read():
        return var.get()
    print(await asyncio.create_task(read(), context=ctx), await asyncio.create_task(read()))

    s = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    print('cancel:', s.cancel(), s.cancel(), s.cancelling(), s.uncancel(), s.cancelling())
    s.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print('sleep task cancelled', s.cancelled())

    ev = asyncio.Event()
    f = asyncio.create_task(finishing(ev))
    f.cancel()
    try:
        await f
    except asyncio.CancelledError:
        print('cancelled before start:', f.cancelled())

    loop.set_task_factory(lambda lp, coro, **kw: MyTask(coro, loop=lp, **kw))
    mt = asyncio.create_task(value('sub'), name='custom')
    print(type(mt).__name__, mt.extra, mt.get_name(), await mt)
    loop.set_task_factory(None)

    seen = []
    d = asyncio.create_task(value('cb'))
    d.add_done_callback(lambda task: seen.append(('done', task.result())))
    await d
    await asyncio.sleep(0)
    print(seen)

    async def raiser():
        raise ZeroDivisionError('zero')
    r = asyncio.create_task(raiser())
    await asyncio.sleep(0)
    print(r.done(), type(r.exception()).__name__, r.exception())
    print(asyncio.current_task() is asyncio.tasks.current_task(), len(asyncio.all_tasks()))

asyncio.run(main())
