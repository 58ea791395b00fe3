# async def / await / async for / async with / async comprehensions compile and run when driven by send().
class Agen:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
class ACM:
    async def __aenter__(self): print('aenter'); return 'res'
    async def __aexit__(self, *a): print('aexit'); return False
async def helper(x):
    return x * 2
async def main():
    r = await helper(21)
    print('await', r)
    async for v in Agen(3):
        print('async for', v)
    async with ACM() as res:
        print('inside', res)
    lst = [v async for v in Agen(4) if v % 2 == 0]
    print('async comp', lst)
    return 'done'
coro = main()
try:
    coro.send(None)
except StopIteration as e:
    print('result', e.value)
