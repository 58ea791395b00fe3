# breakpoint() calls sys.breakpointhook with its arguments; the original stays in
# sys.__breakpointhook__; without the hook breakpoint() raises RuntimeError.
import sys

calls = []


def hook(*args, **kwargs):
    calls.append((args, kwargs))
    return 'hook result'


print(sys.breakpointhook is sys.__breakpointhook__, callable(breakpoint))
sys.breakpointhook = hook
print(breakpoint(), breakpoint(1, 2, name='x'))
print(calls)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(type(e).__name__, e)
sys.breakpointhook = sys.__breakpointhook__
print(sys.breakpointhook is sys.__breakpointhook__)
