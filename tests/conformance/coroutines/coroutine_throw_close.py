# throw() and close() on coroutine objects suspended inside an awaitable.
class Pause:
    def __await__(self):
        return (yield 'paused')
async def c():
    try:
        await Pause()
    except ValueError as e:
        print('coroutine caught', e)
        return 'handled'
    finally:
        print('finally in coroutine')
co = c()
print(co.send(None))
try:
    co.throw(ValueError('injected'))
except StopIteration as e:
    print('returned', e.value)
co2 = c()
co2.send(None)
co2.close()
print('closed')
