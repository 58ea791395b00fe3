# "Did you mean: ...?" after NameError and AttributeError, as python3's own report prints it
# (sys.excepthook here, the same text as an uncaught exception): local names, then globals,
# then builtins; dir() of the object; letter case; long names; nothing close; a __dir__
# that raises; __getattr__; many candidates; non-ASCII names.
import math
import sys


def report(fn):
    try:
        fn()
    except (NameError, AttributeError) as e:
        sys.excepthook(type(e), e, None)  # no traceback: only the last line is printed


total_count = 3
counter = 1


def local_first():
    countr = 5
    return countr + counte  # noqa: F821  (a local 'countr', a global 'counter')


def uses_builtin():
    return lenn([1, 2])  # noqa: F821


report(lambda: prnt('x'))  # noqa: F821
report(lambda: Print('x'))  # noqa: F821
report(lambda: rnge(3))  # noqa: F821
report(lambda: total_cont)  # noqa: F821
report(local_first)
report(uses_builtin)
report(lambda: zzzzqqq)  # noqa: F821
report(lambda: a_really_long_variable_name_that_goes_on_and_on_forever_x)  # noqa: F821
report(lambda: Tru)  # noqa: F821
report(lambda: none)  # noqa: F821
report(lambda: isinstanc)  # noqa: F821


class Point:
    def __init__(self):
        self.x = 1
        self.y = 2
        self.value = 3

    def distance(self):
        return 0


p = Point()
report(lambda: p.valu)
report(lambda: p.distanse())
report(lambda: p.X)
report(lambda: p.z)
report(lambda: math.sqr(4))
report(lambda: math.PI)
report(lambda: [].appendd(1))
report(lambda: 'abc'.Upper())
report(lambda: Point.distnce)
report(lambda: (5).bitlength())
report(lambda: {}.iterms())


class BadDir:
    def __dir__(self):
        raise RuntimeError('no dir')


report(lambda: BadDir().anything)


class Dyn:
    def __getattr__(self, name):
        if name == 'colour':
            return 'red'
        raise AttributeError(name)


report(lambda: Dyn().color)


class Many:
    pass


m = Many()
for i in range(800):
    setattr(m, f'attr_{i}', i)
report(lambda: m.attr_1x)

few = Many()
few.größe = 1
report(lambda: few.grösse)


def inner_scope():
    data = [1]

    def g():
        return dta  # noqa: F821  (data is a free variable here, not a local)
    return g()


report(inner_scope)
print('done')
