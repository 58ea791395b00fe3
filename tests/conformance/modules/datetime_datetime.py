# datetime.datetime, time and timezone: repr/str/isoformat, timestamps (local time is not
# used: every conversion here names its zone), aware arithmetic and comparison,
# astimezone, fromisoformat, strptime and strftime.
from datetime import date, time, datetime as dt, timedelta as td, timezone as tz, UTC


def trial(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t = time(13, 5, 9, 250)
print(t, repr(t), repr(time()), repr(time(1, 2)), repr(time(1, 2, 3)), t.isoformat(),
      t.isoformat('hours'), t.isoformat('minutes'), t.isoformat('milliseconds'),
      time(1).isoformat('seconds'))
print(t.strftime('%H:%M:%S.%f %I %p'), format(t, '%H'), format(t), t.replace(hour=1),
      t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(time.fromisoformat('12:30'), time.fromisoformat('12:30:45.123'),
      time.fromisoformat('12:30:45+02:00'), time.fromisoformat('T1230'))
print(repr(time(1, tzinfo=tz.utc)), time(1, 2, tzinfo=tz(td(hours=-5))).isoformat(),
      time(1) < time(2), time(1) == time(1, 0), time.min, time.max)
for bad in [lambda: time(24), lambda: time(1, 60), lambda: time(1, 1, 60),
            lambda: time(1, 1, 1, 10 ** 6), lambda: time(1, fold=2), lambda: time(1, tzinfo=5),
            lambda: t.isoformat('nanoseconds'), lambda: time.fromisoformat('25:00'),
            lambda: time.fromisoformat('12:3x'), lambda: time(1, tzinfo=tz.utc) < time(2)]:
    trial(bad)
for z in [tz.utc, tz(td(hours=1)), tz(td(hours=-5, minutes=-30)),
          tz(td(hours=5, minutes=30), 'IST'), tz(td(seconds=1)), tz.min, tz.max, UTC]:
    print(repr(z), str(z), z.tzname(None), z.utcoffset(None), z.dst(None))
print(tz(td(hours=1)) == tz(td(hours=1), 'X'), tz.utc is UTC, tz(td(0)) is tz.utc)
for bad in [lambda: tz(td(hours=24)), lambda: tz(1), lambda: tz(td(hours=1), None),
            lambda: tz.utc.utcoffset(5)]:
    trial(bad)
a = dt(2024, 3, 9, 14, 30, 5, 123456)
print(a, repr(a), repr(dt(2024, 1, 1)), repr(dt(2024, 1, 1, 1)), repr(dt(2024, 1, 1, 1, 2, 3)),
      repr(dt(2024, 1, 1, fold=1)), repr(dt(2024, 1, 1, tzinfo=tz.utc)))
print(a.date(), a.time(), a.timetz(), a.isoformat(), a.isoformat(' '),
      a.isoformat(timespec='seconds'), a.isoformat(timespec='milliseconds'), a.ctime())
print(a.timetuple(), a.toordinal(), a.weekday())
print(a + td(hours=10), a - td(days=400), a - dt(2024, 1, 1), dt(2024, 1, 1) - a,
      a.replace(year=2000, microsecond=0), a.replace(tzinfo=tz.utc))
print(dt.fromtimestamp(0, tz.utc), dt.fromtimestamp(1709994605.5, UTC),
      dt.fromtimestamp(-1.25, UTC), dt.fromtimestamp(0, tz(td(hours=-8))),
      dt.fromtimestamp(1.0000015, UTC), dt.fromtimestamp(1.9999999, UTC))
print(dt(1970, 1, 1, tzinfo=UTC).timestamp(), dt(2024, 3, 9, 12, tzinfo=tz(td(hours=2))).timestamp())
print(dt.combine(date(2024, 3, 9), t), dt.combine(date(2024, 3, 9), time(1, tzinfo=tz.utc)),
      dt.min, dt.max, dt.resolution)
print(dt.fromisoformat('2024-03-09'), dt.fromisoformat('2024-03-09T14:30'),
      dt.fromisoformat('2024-03-09 14:30:05.5'), dt.fromisoformat('2024-03-09T14:30:05+05:30'),
      dt.fromisoformat('2024-03-09T14:30:05Z'), dt.fromisoformat('20240309T143005'))
for bad in [lambda: dt.fromisoformat('2024-03-09T'), lambda: dt.fromisoformat('2024-03-09T25:00'),
            lambda: dt.fromisoformat('nope'), lambda: dt(2024, 1, 1, 24),
            lambda: dt.max + td(1)]:
    trial(bad)
aw = dt(2024, 3, 9, 12, tzinfo=tz(td(hours=2)))
bw = dt(2024, 3, 9, 10, tzinfo=tz.utc)
print(aw, repr(aw), aw.utcoffset(), aw.tzname(), aw.dst(), aw == bw, aw - bw,
      aw.astimezone(tz.utc), bw.astimezone(tz(td(hours=-3))), hash(aw) == hash(bw))
print(aw.timetuple(), aw.utctimetuple())
print(dt(2024, 3, 9) == aw, dt(2024, 3, 9) != aw, aw.strftime('%z %Z %H'),
      a.strftime('%z|%Z|%f'), dt(2024, 1, 1, tzinfo=tz(-td(hours=5, minutes=30, seconds=15))).strftime('%z'))
trial(lambda: dt(2024, 3, 9) < aw)
trial(lambda: dt(2024, 3, 9) - aw)
print(sorted([aw, bw, dt(2024, 3, 9, 9, tzinfo=tz.utc)]), max(dt(2024, 1, 1), dt(2023, 1, 1)))
for s, f in [('2024-03-09', '%Y-%m-%d'), ('09/03/24 14:30', '%d/%m/%y %H:%M'),
             ('March 9, 2024', '%B %d, %Y'), ('sat mar  9 2024', '%a %b %d %Y'),
             ('2:05 PM', '%I:%M %p'), ('12:00 am', '%I:%M %p'),
             ('2024-03-09T14:30:05.25', '%Y-%m-%dT%H:%M:%S.%f'), ('2024-069', '%Y-%j'),
             ('2024-03-09 +0530', '%Y-%m-%d %z'), ('2024-03-09 Z', '%Y-%m-%d %z'),
             ('2024-03-09 -08:00', '%Y-%m-%d %z'), ('70', '%y'), ('68', '%y'), ('10%', '%d%%'),
             ('2024-13-09', '%Y-%m-%d'), ('2024-02-30', '%Y-%m-%d'),
             ('2024-03-09x', '%Y-%m-%d'), ('2024', '%Y %m')]:
    trial(lambda: dt.strptime(s, f))
import copy
print(copy.copy(a), copy.deepcopy(aw), copy.deepcopy(t), {a: 2}[a.replace()])
print(isinstance(a, date), issubclass(dt, date), dt.now(UTC).tzinfo, dt.now().tzinfo,
      dt.now(UTC) > dt(2024, 1, 1, tzinfo=UTC), type(dt.now().timestamp()).__name__)
