# datetime.timedelta: normalisation (ints and floats, rounded half to even), str/repr,
# arithmetic with ints, floats and other timedeltas, comparisons and errors.
from datetime import timedelta as td


def trial(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for args in [(), (1,), (0, 1), (0, 0, 1), (1, 2, 3), (-1,), (0, -1), (0, 0, -1), (1.5,),
             (0, 1.5), (0, 0, 0.5), (0, 0, 1.5), (0, 0, 2.5), (0, 0, -0.5), (0.1, 0.1, 0.1),
             (0, 0, 0, 1.2345), (1 / 3,), (0, 1 / 3), (-1 / 3,), (0, 0, 0, 0, 1 / 7),
             (2.5e-6,), (1e9,)]:
    trial(lambda: td(*args))
for kw in [dict(weeks=1), dict(hours=25), dict(minutes=-1), dict(milliseconds=1.5),
           dict(hours=1.5, minutes=0.25), dict(days=999999999), dict(days=-999999999, seconds=-1)]:
    trial(lambda: td(**kw))
trial(lambda: td('1'))
x = td(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(str(x), str(-x), str(td(0)), str(td(2)), str(td(-1)), str(td(microseconds=-1)),
      str(td(days=-2, hours=3)))
print(x.days, x.seconds, x.microseconds, x.total_seconds(), (-x).total_seconds())
print(x + x, x - x, -x, +x, abs(-x), x * 2, 2 * x, x * 1.5, x * -0.3)
print(x / 2, x / 3, x / 0.7, x // 3, x / td(hours=1), x // td(hours=1), x % td(hours=1),
      divmod(x, td(hours=5)))
print(td(microseconds=5) / 2, td(microseconds=7) / 2, td(microseconds=-5) / 2,
      td(microseconds=5) * 0.5, td(microseconds=15) * 0.1)
print(x == td(1, 7384, 5), x < td(2), x > td(2), bool(td(0)), bool(x),
      hash(x) == hash(td(1, 7384, 5)), x == 5, x != 'x')
trial(lambda: x / 0)
trial(lambda: x // td(0))
print(td.min, td.max, td.resolution, repr(td.min), repr(td.max))
print(sum([td(hours=1), td(minutes=30), td(seconds=45)], td()))
print(sorted([td(1), td(-1), td(hours=5)]))
