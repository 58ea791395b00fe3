# Future edge cases: state errors, set_exception forms, callbacks on done futures,
# remove_done_callback counts, subclasses with their own repr info.
import asyncio


class MyFuture(asyncio.Future):
    def __init__(self, *, loop=None, tag='t'):
        super().__init__(loop=loop)
        self.tag = tag

    def _repr_info(self):
        return super()._repr_info() + [f'tag={self.tag}']


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for name in ('result', 'exception'):
        try:
            getattr(f, name)()
        except asyncio.InvalidStateError as e:
            print(name, 'pending:', type(e).__name__, e)
    f.set_result(1)
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print('set twice:', e)
    try:
        f.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print('set_exception after result:', e)
    print('cancel done:', f.cancel(), f.cancelled(), f.result())

    g = loop.create_future()
    g.set_exception(KeyError)
    print('class instantiated:', repr(g.exception()))
    for bad in (StopIteration(), 42):
        h = loop.create_future()
        try:
            h.set_exception(bad)
        except TypeError as e:
            print('bad exception:', e)
        h.cancel()

    order = []
    d = loop.create_future()
    d.set_result('x')
    d.add_done_callback(lambda fut: order.append(('late', fut.result())))
    print('not yet run:', order)
    await asyncio.sleep(0)
    print('after one iteration:', order)

    p = loop.create_future()
    cb = lambda fut: order.append('cb')
    p.add_done_callback(cb)
    p.add_done_callback(cb)
    p.add_done_callback(print)
    print('removed:', p.remove_done_callback(cb), p.remove_done_callback(cb))
    p.set_result(None)
    await asyncio.sleep(0)

    c = loop.create_future()
    print('cancel:', c.cancel('why'), c.cancel('again'), c.cancelled(), c.done())
    try:
        c.result()
    except asyncio.CancelledError as e:
        print('cancelled result:', e.args)
    try:
        await c
    except asyncio.CancelledError as e:
        print('await cancelled:', e.args)

    m = MyFuture(tag='mine')
    print(repr(m))
    m.set_result([1, 2])
    print(repr(m), await m, m.get_loop() is loop)
    print(asyncio.Future[int] is asyncio.Future, asyncio.isfuture(m), asyncio.isfuture(1))
    print(m._asyncio_future_blocking, m._state, m._result)
    try:
        m._log_traceback = True
    except ValueError as e:
        print('log_traceback:', e)

asyncio.run(main())
