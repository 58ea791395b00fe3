# Exceptions inside async with and async for reach __aexit__ and the caller.
class ACM:
    async def __aenter__(self):
        print('aenter'); return self
    async def __aexit__(self, et, ev, tb):
        print('aexit', et.__name__ if et else None)
        return et is KeyError
async def main():
    async with ACM():
        raise KeyError('swallowed')
    try:
        async with ACM():
            raise ValueError('escapes')
    except ValueError as e:
        print('caught', e)
    return 'ok'
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
