# current_task / all_tasks / names / get_coro.
import asyncio


async def child():
    t = asyncio.current_task()
    print("child is", t.get_name())
    await asyncio.sleep(0.01)


async def main():
    me = asyncio.current_task()
    print(me.get_name(), me.get_coro().__name__)
    me.set_name("main-task")
    t = asyncio.create_task(child(), name="kid")
    await asyncio.sleep(0)
    print(sorted(x.get_name() for x in asyncio.all_tasks()))
    await t
    print(sorted(x.get_name() for x in asyncio.all_tasks()))
    print(asyncio.current_task() is me, t.done(), t.get_coro().__qualname__)


asyncio.run(main())
print(asyncio.current_task(asyncio.new_event_loop()))
