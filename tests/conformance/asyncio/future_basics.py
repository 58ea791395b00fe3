# Future: result/exception/done/cancelled, callbacks run via call_soon in order, errors.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    f.add_done_callback(lambda fut: print("cb1", fut.result()))
    cb2 = lambda fut: print("cb2")
    f.add_done_callback(cb2)
    f.add_done_callback(lambda fut: print("cb3"))
    print("removed", f.remove_done_callback(cb2))
    f.set_result(7)
    print("set; callbacks not run yet")
    await asyncio.sleep(0)
    print(f.result(), f.exception())
    try:
        f.set_result(8)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    g = loop.create_future()
    g.set_exception(ValueError("boom"))
    print(repr(g.exception()))
    try:
        g.result()
    except ValueError as e:
        print("result raised", e)
    h = loop.create_future()
    print(h.cancel("why"), h.cancelled())
    try:
        h.exception()
    except asyncio.CancelledError as e:
        print("exception() raised CancelledError", e.args)
    print(await asyncio.wrap_future(asyncio.ensure_future(asyncio.sleep(0, "wrapped"))))


asyncio.run(main())
