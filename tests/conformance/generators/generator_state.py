# Generator attributes: gi_running, gi_frame, gi_code names, state after close.
import inspect
def g():
    yield 1
gen = g()
print(inspect.getgeneratorstate(gen))
next(gen)
print(inspect.getgeneratorstate(gen), gen.gi_running)
gen.close()
print(inspect.getgeneratorstate(gen), gen.gi_frame)
print(gen.__name__, gen.__qualname__, gen.gi_code.co_name)
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print(e)
