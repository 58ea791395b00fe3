@decorator
def f():
    pass

@dec.attr
@dec.call(1, 2, key="v")
@dec[0]
def g(x):
    return x

@property
def prop(self):
    return self._p

@functools.lru_cache(maxsize=None)
async def cached():
    return 1

@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = "x"

@(lambda f: f)
def h():
    pass

@x := y
def k():
    pass
