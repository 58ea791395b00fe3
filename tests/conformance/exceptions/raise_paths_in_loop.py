# The ways an exception reaches a handler from the eval loop's own instructions (raise,
# bare raise, re-raise from finally and from a non-matching except, a coroutine's return
# as StopIteration in its caller, a generator's return inside `yield from`, async for's
# end), each taken many times in a row, with __context__ and tracebacks checked.
import sys
import traceback


def f(n):
    caught = 0
    for i in range(n):
        try:
            raise ValueError(i)
        except ValueError as e:
            caught += e.args[0]
    return caught


print(f(2000))


def bare(n):
    out = []
    for i in range(n):
        try:
            try:
                raise KeyError(i)
            except KeyError:
                raise
        except KeyError as e:
            out.append(e.args[0])
    return sum(out)


print(bare(500))


def through_finally(n):
    log = []
    for i in range(n):
        try:
            try:
                raise IndexError(i)
            finally:
                log.append(i)
        except IndexError as e:
            log.append(-e.args[0])
    return sum(log), len(log)


print(through_finally(300))


def no_match(n):
    total = 0
    for i in range(n):
        try:
            try:
                raise TypeError(i)
            except ValueError:
                total -= 1000
        except TypeError as e:
            total += e.args[0]
    return total


print(no_match(300))


async def ret(x):
    return x * 2


def drive(n):
    total = 0
    for i in range(n):
        c = ret(i)
        try:
            c.send(None)
        except StopIteration as e:
            total += e.value
    return total


print(drive(1000))


def inner():
    yield 1
    return 'done'


def outer():
    r = yield from inner()
    yield r


print(list(outer()) * 2)


class AIt:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def use():
    return [x async for x in AIt(5)]


c = use()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)


def chained():
    try:
        try:
            raise ValueError('first')
        except ValueError:
            raise KeyError('second')
    except KeyError as e:
        return repr(e), repr(e.__context__), e.__suppress_context__


print(chained())


def cause():
    try:
        try:
            1 / 0
        except ZeroDivisionError as z:
            raise RuntimeError('wrapped') from z
    except RuntimeError as e:
        return repr(e.__cause__), e.__suppress_context__


print(cause())


def deep(n):
    if n == 0:
        raise LookupError('bottom')
    return deep(n - 1)


try:
    deep(5)
except LookupError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print(len(tb), [fr.name for fr in tb])


def gen_raises():
    yield 1
    raise ValueError('in gen')


try:
    for x in gen_raises():
        pass
except ValueError as e:
    print('gen', e, [fr.name for fr in traceback.extract_tb(e.__traceback__)])


def reraise_active():
    try:
        raise OSError('active')
    except OSError:
        try:
            raise
        except OSError as e:
            return str(e)


print(reraise_active())

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
print(sys.exc_info()[0])
