# call_soon runs callbacks FIFO; callbacks scheduled by a callback run in the next iteration.
import asyncio

order = []


def cb(name, loop, again=None):
    order.append(name)
    if again:
        loop.call_soon(cb, again, loop)


loop = asyncio.new_event_loop()
loop.call_soon(cb, "a", loop, "a2")
loop.call_soon(cb, "b", loop, "b2")
loop.call_soon(cb, "c", loop)
loop.call_soon(loop.stop)
loop.run_forever()
print(order)
loop.call_soon(loop.stop)
loop.run_forever()
print(order)
loop.close()
print(loop.is_closed())
