# gather() and sleep() on every path they take: arguments repeated, futures and coroutines
# mixed (a future first), a future of another loop, a closed loop, a cancelled gather, and
# loops whose create_future / call_later / create_task / time are overridden (the methods
# must be called, as python3 calls them).
import asyncio


async def value(v, delay=0):
    await asyncio.sleep(delay)
    return v


async def boom(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def repeated_arguments():
    c = value('c')
    t = asyncio.ensure_future(value('t'))
    res = await asyncio.gather(c, t, c, t)
    print('repeated:', res)


async def future_first():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, 'f')
    res = await asyncio.gather(f, value(1), value(2, 0.005), f)
    print('future first:', res)


async def other_loop_future():
    other = asyncio.new_event_loop()
    try:
        f = other.create_future()
        try:
            asyncio.gather(asyncio.get_running_loop().create_future(), f)
        except ValueError as e:
            print('other loop:', e)
    finally:
        other.close()


async def cancelled_gather():
    g = asyncio.gather(value(1, 1), value(2, 1))
    await asyncio.sleep(0)
    g.cancel('stop it')
    try:
        await g
    except asyncio.CancelledError as e:
        print('cancelled gather:', type(e).__name__, e.args)
    g2 = asyncio.gather(value(3, 1), boom('x'), return_exceptions=True)
    await asyncio.sleep(0)
    g2.cancel()
    try:
        print(await g2)
    except asyncio.CancelledError as e:
        print('cancelled gather 2:', e.args)


async def return_exceptions_mix():
    t = asyncio.create_task(value('late', 1))
    g = asyncio.gather(value(1), boom('bad'), t, return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel('child msg')
    res = await g
    print('mix:', [type(r).__name__ + (repr(r.args) if isinstance(r, BaseException) else '') for r in res])


async def failing_child():
    try:
        await asyncio.gather(value(1), boom('first'), boom('second'))
    except ValueError as e:
        print('failing child:', e)
    await asyncio.sleep(0.01)


def make_counting_loop():
    loop = asyncio.new_event_loop()
    calls = []
    cls = type(loop)

    class Counting(cls):
        def create_future(self):
            calls.append('create_future')
            return super().create_future()

        def call_later(self, delay, callback, *args, context=None):
            calls.append(f'call_later {delay}')
            return super().call_later(delay, callback, *args, context=context)

        def create_task(self, coro, *, name=None, context=None):
            calls.append('create_task')
            return super().create_task(coro, name=name, context=context)

        def time(self):
            calls.append('time')
            return super().time()

    loop.close()
    return Counting(), calls


def overridden_methods():
    loop, calls = make_counting_loop()
    try:
        async def both():
            return await asyncio.gather(value('a', 0.01), value('b', 0))
        res = loop.run_until_complete(both())
        print('overridden:', res)
        print('calls:', sorted(set(calls)), calls.count('create_task'))
    finally:
        loop.close()


def instance_override():
    loop = asyncio.new_event_loop()
    seen = []
    real = loop.call_later

    def call_later(delay, cb, *args, context=None):
        seen.append(delay)
        return real(delay, cb, *args, context=context)

    loop.call_later = call_later
    try:
        loop.run_until_complete(value(None, 0.002))
        print('instance override:', seen)
    finally:
        loop.close()


def closed_loop():
    loop = asyncio.new_event_loop()
    loop.close()
    c = value(1)
    fut = loop.create_future()
    try:
        asyncio.gather(fut, c)
    except RuntimeError as e:
        print('closed:', e, c.cr_frame is None)


async def sleep_cancelled():
    t = asyncio.create_task(asyncio.sleep(10, 'never'))
    await asyncio.sleep(0)
    loop = asyncio.get_running_loop()
    n = len(loop._scheduled)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('sleep cancelled; timers before:', n)
    print('sleep result:', await asyncio.sleep(0.001, 'res'), await asyncio.sleep(0, 'zero'))


async def main():
    await repeated_arguments()
    await future_first()
    await other_loop_future()
    await cancelled_gather()
    await return_exceptions_mix()
    await failing_child()
    await sleep_cancelled()


asyncio.run(main())
overridden_methods()
instance_override()
closed_loop()
try:
    asyncio.run(asyncio.sleep(None))
except TypeError as e:
    print('sleep(None):', e)
