# datetime.date: construction and its errors, ordinals, weekdays, the ISO calendar, date
# arithmetic, comparison with dates and datetimes, isoformat/fromisoformat, strftime.
from datetime import date, datetime as dt, timedelta as td, MINYEAR, MAXYEAR


def trial(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = date(2024, 3, 9)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(),
      d.isocalendar().week, tuple(d.isocalendar()), d.toordinal(), d.ctime())
print(d.isoformat(), d.replace(day=1), d.replace(year=2023, month=2, day=28), d + td(1),
      d - td(10), d - date(2024, 1, 1), td(3) + d, d + td(hours=25), d - td(hours=1))
print(d.timetuple(), date.fromordinal(1), date.fromordinal(738954), date.min, date.max,
      date.resolution, MINYEAR, MAXYEAR)
print(date.fromisoformat('2024-02-29'), date.fromisoformat('20240229'),
      date.fromisoformat('2024-W10-6'), date.fromisoformat('2024W106'),
      date.fromisoformat('2024-W01'))
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2024, 1, 1))
for y in range(2000, 2030, 3):
    print(y, date(y, 1, 1).isocalendar(), date(y, 12, 31).isocalendar(),
          date(y, 12, 28).strftime('%U %W %V %G %g %j'), date(y, 1, 1).strftime('%U %W %V %G'))
for bad in [lambda: date(2023, 2, 29), lambda: date(0, 1, 1), lambda: date(2024, 13, 1),
            lambda: date(2024, 1, 1.0), lambda: date('2024', 1, 1),
            lambda: date.fromisoformat('2024-2-1'), lambda: date.fromisoformat('2024-02-30'),
            lambda: date.fromisoformat(20240101), lambda: date.fromisocalendar(2023, 53, 1),
            lambda: date.fromisocalendar(2023, 1, 8), lambda: date.max + td(1),
            lambda: date.min - td(1), lambda: date.fromordinal(0),
            lambda: date.fromordinal(10 ** 7), lambda: d.replace(month=13)]:
    trial(bad)
print(d == date(2024, 3, 9), d < date(2024, 3, 10), d != date(2024, 3, 9),
      d == dt(2024, 3, 9), d != dt(2024, 3, 9),
      sorted([date(2024, 1, 2), date(2023, 5, 5), d]), {d: 'ok'}[date(2024, 3, 9)])
trial(lambda: d < dt(2024, 3, 9))
trial(lambda: dt(2024, 3, 9) > d)
print(format(d), format(d, '%d/%m/%Y'), f'{d:%A %d %B %Y}', '{:%j}'.format(d),
      d.strftime('%a %b %e %y %C %D %F %u %w %% %x %c'))
print(date(5, 1, 1).strftime('%Y|%G|%y|%C'), date(999, 12, 31).isoformat(), date(5, 1, 1))
for m in range(1, 13):
    print(date(2024, m, 15).strftime('%b %B %a %A'), date(2023, m, 1).weekday())
days = (date(2024, 12, 25) - date(2024, 3, 9)).days
print(f'{days} days until Christmas 2024')
leap = [y for y in range(1896, 1910) if (date(y, 3, 1) - date(y, 2, 1)).days == 29]
print(leap)
class MyDate(date):
    pass
print(repr(MyDate(2024, 1, 1)), type(MyDate(2024, 1, 1) + td(1)).__name__)
