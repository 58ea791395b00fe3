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
async def closer():
    try:
        yield 1
    finally:
        print("cleanup")
async def main():
    g = closer()
    print(await g.__anext__())
    await g.aclose()
    return "ok"
m = main()
try:
    m.send(None)
except StopIteration as e:
    print(e.value)
