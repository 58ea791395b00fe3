class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        got = yield ("sleep", self.n)
        return got * 2
async def work(x):
    r = await Sleep(x)
    return r + 1
async def main():
    a = await work(1)
    b = await work(10)
    return [a, b]
c = main()
print(type(c).__name__, c.__qualname__)
v = c.send(None)
print("yielded", v)
v = c.send(5)
print("yielded", v)
try:
    c.send(7)
except StopIteration as e:
    print("result", e.value)
async def boom():
    raise ValueError("inside")
b = boom()
try:
    b.send(None)
except ValueError as e:
    print("caught", e)
try:
    b.send(None)
except RuntimeError as e:
    print(e)
def gen_state():
    g = (x for x in [1])
    print(g.gi_running, next(g), list(g))
gen_state()
