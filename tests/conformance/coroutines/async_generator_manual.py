# Async generators driven manually through __anext__ and send().
async def agen():
    yield 1
    yield 2
async def collect():
    out = []
    async for v in agen():
        out.append(v)
    return out
c = collect()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
ag = agen()
aw = ag.__anext__()
try:
    aw.send(None)
except StopIteration as e:
    print('first', e.value)
print(type(ag).__name__)
