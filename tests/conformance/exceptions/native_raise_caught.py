# Exceptions raised by builtin operations the eval loop calls (a call of a builtin, a
# subscript, an attribute, a binary operator), caught in the same frame or further out:
# the value, __context__, the traceback's frames and lines, and sys.exc_info() after.
import sys
import traceback


def lines(e):
    return [(fr.name, fr.lineno) for fr in traceback.extract_tb(e.__traceback__)]


TUP = (1,)
counts = {}
for w in 'the cat and the hat and the bat'.split():
    try:
        counts[w] += 1
    except KeyError:
        counts[w] = 1
print(sorted(counts.items()))

bad = []
for s in ['1', 'x', '2.5', '', ' 7 ', 'ten']:
    try:
        bad.append(int(s))
    except ValueError as e:
        bad.append(str(e))
print(bad)

it = iter([1, 2])
got = []
while True:
    try:
        got.append(next(it))
    except StopIteration as e:
        got.append(('stop', e.value))
        break
print(got)

for op in [lambda: [1, 2][5], lambda: {}['k'], lambda: {[]: 1}, lambda: TUP[None],
           lambda: 'ab'.index('z'), lambda: [].pop(), lambda: {}.pop('x'),
           lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 2.0 / 0, lambda: 'a' + 1,
           lambda: [] - [], lambda: 2 ** -1 // 0, lambda: divmod(1, 0), lambda: object().x,
           lambda: sys.no_such_thing, lambda: None.real, lambda: int('9' * 5000)]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, str(e)[:60], [n for n, _ in lines(e)])


class G:
    def __getattr__(self, name):
        if name == 'ok':
            return 1
        raise AttributeError(f'no {name} here')


g = G()
print(g.ok)
try:
    g.missing
except AttributeError as e:
    print(e, lines(e))


def inner(d):
    return d['absent']


def outer(d):
    try:
        return inner(d)
    finally:
        print('finally ran')


try:
    outer({})
except KeyError as e:
    print('KeyError', e, lines(e))

try:
    try:
        {}['first']
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)

try:
    try:
        int('bad')
    except ValueError as v:
        raise RuntimeError('again') from v
except RuntimeError as e:
    print(repr(e.__cause__), lines(e.__cause__))


def gen():
    try:
        yield [][0]
    except IndexError as e:
        yield 'caught ' + str(e)


print(list(gen()))


class Init:
    def __init__(self, x):
        self.v = 10 // x


try:
    Init(0)
except ZeroDivisionError as e:
    print('init', e, lines(e))

total = 0
for i in range(3000):
    try:
        total += [0, 1, 2][i % 5]
    except IndexError:
        total -= 1
print(total)
print(sys.exc_info())
