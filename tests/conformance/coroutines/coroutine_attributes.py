# Coroutine object attributes: cr_code, __name__, __qualname__, inspect state.
import inspect
async def named(): return 1
c = named()
print(c.__name__, c.__qualname__, c.cr_code.co_name, inspect.iscoroutine(c), inspect.iscoroutinefunction(named))
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration:
    pass
print(inspect.getcoroutinestate(c))
def plain(): pass
print(inspect.iscoroutinefunction(plain))
