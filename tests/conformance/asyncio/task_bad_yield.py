# What a Task does with awaitables that yield the wrong thing, with a task awaiting itself,
# and with awaitables from another loop.
import asyncio
import types


@types.coroutine
def bare_generator_yield():
    yield (i for i in range(2))


@types.coroutine
def yield_number():
    yield 7


class NotBlocking:
    _asyncio_future_blocking = False

    def __init__(self, loop):
        self._loop = loop

    def get_loop(self):
        return self._loop

    def __await__(self):
        yield self


async def check(name, awaitable_factory):
    try:
        await awaitable_factory()
    except RuntimeError as e:
        msg = str(e)
        print(name, '->', msg.split(' in task')[0].split(':')[0])


async def main():
    loop = asyncio.get_running_loop()
    await check('generator', bare_generator_yield)
    await check('number', yield_number)
    await check('not blocking', lambda: NotBlocking(loop))

    async def await_self():
        await task

    task = asyncio.ensure_future(await_self())
    try:
        await task
    except RuntimeError as e:
        print('self ->', str(e).split(':')[0])

    other = asyncio.new_event_loop()
    fut = other.create_future()
    try:
        await fut
    except RuntimeError as e:
        print('other loop ->', 'attached to a different loop' in str(e))
    other.close()

asyncio.run(main())
