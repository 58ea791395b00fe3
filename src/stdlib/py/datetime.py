"""Dates and times (Concurrency Kitchen's own `datetime`): date, time, datetime, timedelta,
tzinfo and timezone, behaving as python3.11's (https://docs.python.org/3/library/datetime.html).

How it works. Dates are proleptic Gregorian; a date's ordinal (0001-01-01 is 1) comes from
the days-from-civil / civil-from-days algorithms (H. Hinnant, "chrono-Compatible Low-Level
Date Algorithms"), shifted from the 1970 epoch. A timedelta is kept as days, seconds and
microseconds, normalised so that only days is negative; its constructor adds float parts
the way CPython's Modules/_datetimemodule.c does (whole units exactly, the leftover
fractions summed and rounded half to even once at the end), so that float arguments give
python3's microseconds. Aware datetimes compare and subtract in UTC. strftime implements the
C library's directives for the C locale itself (glibc's output, as python3 on Linux shows:
%Y is not zero-padded below year 1000). The local time zone is UTC here (see time.py).
"""

import time as _time
import math as _math

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR',
           'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059          # 9999-12-31
_EPOCH_ORDINAL = 719163         # 1970-01-01
_US_PER_DAY = 86400 * 1000000

_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTH_NAMES = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                'September', 'October', 'November', 'December')
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


# ---------------------------------------------------------------------- calendar helpers

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    return 29 if month == 2 and _is_leap(year) else _MONTH_DAYS[month]


def _ymd_to_ordinal(y, m, d):
    # Days from 1970-01-01 (Hinnant's days_from_civil: March-based years), then shifted.
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m - 3 if m > 2 else m + 9) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468 + _EPOCH_ORDINAL


def _ordinal_to_ymd(n):
    z = n - _EPOCH_ORDINAL + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (m <= 2), m, d


def _day_of_year(y, m, d):
    return _ymd_to_ordinal(y, m, d) - _ymd_to_ordinal(y, 1, 1) + 1


def _iso_week1_monday(year):
    jan4 = _ymd_to_ordinal(year, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _index(value):
    # Arguments must be integers or have __index__ (floats are refused, as in python3).
    if isinstance(value, int):
        return value
    convert = getattr(type(value), '__index__', None)
    if convert is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    result = convert(value)
    if not isinstance(result, int):
        raise TypeError(f'__index__ returned non-int (type {type(result).__name__})')
    return result


def _check_date(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'year {year} is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour, minute = _index(hour), _index(minute)
    second, microsecond = _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _type_name(obj):
    # python3's C types are named 'datetime.date' etc.; subclasses by their own name.
    cls = type(obj)
    return 'datetime.' + cls.__name__ if cls in _OWN_TYPES else cls.__name__


def _arg_type(value):
    # Type names in argument errors, as the C module words them ('None' for None).
    return 'None' if value is None else type(value).__name__


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _round_half_even(num, den):
    # num / den rounded to the nearest integer, ties to even (den > 0).
    q, r = divmod(num, den)
    twice = 2 * r
    if twice > den or (twice == den and q % 2 == 1):
        q += 1
    return q


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, not '{type(offset).__name__}'")
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError(f'offset must be a timedelta strictly between -timedelta(hours=24) '
                         f'and timedelta(hours=24), not {offset!r}.')


def _format_offset(off, sep=':'):
    # '+HH:MM', with ':SS' and '.ffffff' only when not zero.
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    s = f'{sign}{hh:02d}{sep}{mm:02d}'
    if ss or off.microseconds:
        s += f'{sep}{ss:02d}'
        if off.microseconds:
            s += f'.{off.microseconds:06d}'
    return s


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return f'{hh:02d}'
    if timespec == 'minutes':
        return f'{hh:02d}:{mm:02d}'
    if timespec == 'seconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}'
    if timespec == 'milliseconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}.{us:03d}'
    if timespec == 'microseconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}'
    raise ValueError('Unknown timespec value')


# ---------------------------------------------------------------------- strftime

def _strftime(fmt, y, mo, d, hh, mm, ss, us, utcoffset, tzname):
    # The C library's directives (C locale, glibc output); %f, %z and %Z from Python.
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    ordinal = _ymd_to_ordinal(y, mo, d)
    wday = (ordinal + 6) % 7            # Monday 0
    yday = ordinal - _ymd_to_ordinal(y, 1, 1)   # 0-based
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 == n:
            out.append(c)
            i += 1
            continue
        f = fmt[i + 1]
        i += 2
        if f == 'Y':
            out.append(str(y))
        elif f == 'm':
            out.append(f'{mo:02d}')
        elif f == 'd':
            out.append(f'{d:02d}')
        elif f == 'e':
            out.append(f'{d:2d}')
        elif f == 'H':
            out.append(f'{hh:02d}')
        elif f == 'k':
            out.append(f'{hh:2d}')
        elif f == 'I':
            out.append(f'{(hh % 12) or 12:02d}')
        elif f == 'l':
            out.append(f'{(hh % 12) or 12:2d}')
        elif f == 'M':
            out.append(f'{mm:02d}')
        elif f == 'S':
            out.append(f'{ss:02d}')
        elif f == 'f':
            out.append(f'{us:06d}')
        elif f == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif f == 'P':
            out.append('am' if hh < 12 else 'pm')
        elif f == 'a':
            out.append(_DAY_NAMES[wday][:3])
        elif f == 'A':
            out.append(_DAY_NAMES[wday])
        elif f in 'bh':
            out.append(_MONTH_NAMES[mo - 1][:3])
        elif f == 'B':
            out.append(_MONTH_NAMES[mo - 1])
        elif f == 'j':
            out.append(f'{yday + 1:03d}')
        elif f == 'y':
            out.append(f'{y % 100:02d}')
        elif f == 'C':
            out.append(str(y // 100))
        elif f == 'w':
            out.append(str((wday + 1) % 7))
        elif f == 'u':
            out.append(str(wday + 1))
        elif f == 'U':
            out.append(f'{(yday + 7 - (wday + 1) % 7) // 7:02d}')
        elif f == 'W':
            out.append(f'{(yday + 7 - wday) // 7:02d}')
        elif f in 'GgV':
            iy, iw, _ = _iso_calendar(y, mo, d)
            out.append(str(iy) if f == 'G' else f'{iy % 100:02d}' if f == 'g' else f'{iw:02d}')
        elif f == 'c':
            out.append(f'{_DAY_NAMES[wday][:3]} {_MONTH_NAMES[mo - 1][:3]} {d:2d} '
                       f'{hh:02d}:{mm:02d}:{ss:02d} {y}')
        elif f in 'xD':
            out.append(f'{mo:02d}/{d:02d}/{y % 100:02d}')
        elif f in 'XT':
            out.append(f'{hh:02d}:{mm:02d}:{ss:02d}')
        elif f == 'F':
            out.append(f'{y}-{mo:02d}-{d:02d}')
        elif f == 'R':
            out.append(f'{hh:02d}:{mm:02d}')
        elif f == 'r':
            out.append(f'{(hh % 12) or 12:02d}:{mm:02d}:{ss:02d} {"AM" if hh < 12 else "PM"}')
        elif f == 'z':
            out.append(_format_offset(utcoffset, '') if utcoffset is not None else '')
        elif f == 'Z':
            out.append(tzname if tzname is not None else '')
        elif f == 's':
            out.append(str((ordinal - _EPOCH_ORDINAL) * 86400 + hh * 3600 + mm * 60 + ss))
        elif f == 'n':
            out.append('\n')
        elif f == 't':
            out.append('\t')
        elif f == '%':
            out.append('%')
        else:
            out.append('%' + f)
    return ''.join(out)


def _iso_calendar(y, m, d):
    o = _ymd_to_ordinal(y, m, d)
    week1 = _iso_week1_monday(y)
    if o < week1:
        y -= 1
        week1 = _iso_week1_monday(y)
    else:
        following = _iso_week1_monday(y + 1)
        if o >= following:
            y += 1
            week1 = following
    week, day = divmod(o - week1, 7)
    return y, week + 1, day + 1


# ---------------------------------------------------------------------- timedelta

# Microseconds per unit of each constructor argument, in the order they are added.
_UNITS = (('days', 86400 * 10 ** 6), ('seconds', 10 ** 6), ('microseconds', 1),
          ('milliseconds', 1000), ('minutes', 60 * 10 ** 6), ('hours', 3600 * 10 ** 6),
          ('weeks', 7 * 86400 * 10 ** 6))


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999); only days may be
    negative."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        values = (days, seconds, microseconds, milliseconds, minutes, hours, weeks)
        total = 0
        leftover = 0.0
        for (name, unit), value in zip(_UNITS, values):
            if isinstance(value, int):
                total += value * unit
            elif isinstance(value, float):
                # Whole units are exact; the fraction, in microseconds, splits again into
                # exact whole microseconds and a leftover summed as a float.
                frac, whole = _math.modf(value)
                total += int(whole) * unit
                if frac:
                    frac, whole = _math.modf(frac * unit)
                    total += int(whole)
                    leftover += frac
            else:
                raise TypeError(f"unsupported type for timedelta {name} component: "
                                f"{type(value).__name__}")
        if leftover:
            rounded = round(leftover)
            if abs(rounded - leftover) == 0.5:
                # A tie: round the whole sum, not the leftover alone, to even.
                odd = total & 1
                rounded = 2.0 * round((leftover + odd) * 0.5) - odd
            total += int(rounded)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, us):
        d, rest = divmod(us, _US_PER_DAY)
        s, us = divmod(rest, 1000000)
        if abs(d) > 999999999:
            raise OverflowError(f'days={d}; must have magnitude <= 999999999')
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    days = property(lambda self: self._days, doc='Number of days.')
    seconds = property(lambda self: self._seconds, doc='Number of seconds (0..86399).')
    microseconds = property(lambda self: self._microseconds,
                            doc='Number of microseconds (0..999999).')

    def total_seconds(self):
        """The duration in seconds, as a float."""
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append(f'days={self._days}')
        if self._seconds:
            args.append(f'seconds={self._seconds}')
        if self._microseconds:
            args.append(f'microseconds={self._microseconds}')
        return f"{_type_name(self)}({', '.join(args) or '0'})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f'{hh}:{mm:02d}:{ss:02d}'
        if self._days:
            s = f"{self._days} day{'' if abs(self._days) == 1 else 's'}, " + s
        if self._microseconds:
            s += f'.{self._microseconds:06d}'
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._us())

    def __pos__(self):
        return timedelta._from_microseconds(self._us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._from_microseconds(_round_half_even(self._us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_microseconds(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return timedelta._from_microseconds(_round_half_even(self._us(), other)
                                                if other > 0 else
                                                _round_half_even(-self._us(), -other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num < 0:
                num, den = -num, -den
            return timedelta._from_microseconds(_round_half_even(den * self._us(), num))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------- date

class date:
    """A calendar date (year, month, day) in the proleptic Gregorian calendar."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    @classmethod
    def today(cls):
        """The current local date (UTC here)."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        """The local date (UTC here) of a POSIX timestamp."""
        y, m, d = _ordinal_to_ymd(_EPOCH_ORDINAL + int(_math.floor(t)) // 86400)
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        """The date of a proleptic Gregorian ordinal (0001-01-01 is 1)."""
        n = _index(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """A date from 'YYYY-MM-DD', 'YYYYMMDD' or an ISO week date ('YYYY-Www-D')."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            fields = _parse_iso_date(date_string)
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date of an ISO year, week (1..52 or 53) and weekday (1..7)."""
        return cls(*_iso_to_ymd(year, week, day))

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    def __repr__(self):
        return f'{_type_name(self)}({self._year}, {self._month}, {self._day})'

    def isoformat(self):
        """'YYYY-MM-DD'."""
        return f'{self._year:04d}-{self._month:02d}-{self._day:02d}'

    __str__ = isoformat

    def ctime(self):
        """'Sat Mar  9 00:00:00 2024'."""
        return self.strftime('%c')

    def strftime(self, format):
        """The date formatted with the C library's % directives."""
        return _strftime(format, self._year, self._month, self._day, 0, 0, 0, 0, None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'must be str, not {type(fmt).__name__}')
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        """The date as a time.struct_time (time fields 0, tm_isdst -1)."""
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(), _day_of_year(self._year, self._month, self._day),
                                  -1))

    def toordinal(self):
        """The proleptic Gregorian ordinal: 0001-01-01 is 1."""
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        """Monday is 0, Sunday is 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Monday is 1, Sunday is 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """(ISO year, week number, weekday) as a named tuple."""
        return IsoCalendarDate(*_iso_calendar(self._year, self._month, self._day))

    def replace(self, year=None, month=None, day=None):
        """A copy with the given fields changed."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _cmp_key(self):
        return (self._year, self._month, self._day)

    def _same_kind(self, other):
        # date and datetime never compare with each other (datetime answers first).
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if self._same_kind(other):
            return self._cmp_key() == other._cmp_key()
        return NotImplemented

    def __lt__(self, other):
        if self._same_kind(other):
            return self._cmp_key() < other._cmp_key()
        return NotImplemented

    def __le__(self, other):
        if self._same_kind(other):
            return self._cmp_key() <= other._cmp_key()
        return NotImplemented

    def __gt__(self, other):
        if self._same_kind(other):
            return self._cmp_key() > other._cmp_key()
        return NotImplemented

    def __ge__(self, other):
        if self._same_kind(other):
            return self._cmp_key() >= other._cmp_key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._cmp_key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if not 1 <= o <= _MAX_ORDINAL:
                raise OverflowError('date value out of range')
            return type(self)(*_ordinal_to_ymd(o))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate(tuple):
    """The (year, week, weekday) tuple that isocalendar() returns."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return (f'{type(self).__name__}(year={self[0]}, week={self[1]}, weekday={self[2]})'
                if type(self) is not IsoCalendarDate else
                f'datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})')

    def __reduce__(self):
        return (tuple, (tuple(self),))


def _iso_to_ymd(year, week, day):
    year, week, day = _index(year), _index(week), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'Year is out of range: {year}')
    if not 0 < week < 53:
        # Week 53 exists in years that start on a Thursday, or leap years that start on
        # a Wednesday.
        first = (_ymd_to_ordinal(year, 1, 1) + 6) % 7
        if not (week == 53 and (first == 3 or (first == 2 and _is_leap(year)))):
            raise ValueError(f'Invalid week: {week}')
    if not 0 < day < 8:
        raise ValueError(f'Invalid day: {day} (range is [1, 7])')
    return _ordinal_to_ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


# ---------------------------------------------------------------------- tzinfo, timezone

class tzinfo:
    """Abstract base class for time zone information."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        """dt (whose tzinfo is self) from UTC to local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        off = dt.utcoffset()
        if off is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent results; cannot convert')
        return dt + dst

    def __reduce__(self):
        args = getattr(self, '__getinitargs__', lambda: ())()
        state = getattr(self, '__dict__', None)
        return (type(self), args, state) if state else (type(self), args)


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not '
                            + type(offset).__name__)
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError(f'timezone() argument 2 must be str, not {_arg_type(name)}')
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                             f'and timedelta(hours=24), not {offset!r}.')
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        name = 'datetime.timezone' if type(self) is timezone else type(self).__name__
        if self._name is None:
            return f'{name}({self._offset!r})'
        return f'{name}({self._offset!r}, {self._name!r})'

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError('utcoffset(dt) argument must be a datetime instance or None, not '
                        + _arg_type(dt))

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is not None:
                return self._name
            if not self._offset:
                return 'UTC'
            return 'UTC' + _format_offset(self._offset)
        raise TypeError('tzname(dt) argument must be a datetime instance or None, not '
                        + _arg_type(dt))

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError('dst(dt) argument must be a datetime instance or None, not '
                        + _arg_type(dt))

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError('fromutc: dt.tzinfo is not self')
            return dt + self._offset
        raise TypeError('fromutc: argument must be a datetime')


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# ---------------------------------------------------------------------- time

class time:
    """A time of day (hour, minute, second, microsecond), optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold',
                 '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                              microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        """A time from 'HH[:MM[:SS[.ffffff]]]' with an optional UTC offset or 'Z'."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            s = time_string[1:] if time_string[:1] == 'T' else time_string
            fields = _parse_iso_time(s)
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {time_string!r}') from None
        return cls(*fields[:4], fields[4])

    def _fields(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __repr__(self):
        if self._microsecond:
            s = f'{self._hour}, {self._minute}, {self._second}, {self._microsecond}'
        elif self._second:
            s = f'{self._hour}, {self._minute}, {self._second}'
        else:
            s = f'{self._hour}, {self._minute}'
        if self._fold:
            s += ', fold=1'
        if self._tzinfo is not None:
            s += f', tzinfo={self._tzinfo!r}'
        return f'{_type_name(self)}({s})'

    def isoformat(self, timespec='auto'):
        """'HH:MM:SS[.ffffff][+HH:MM]'."""
        return _format_time(*self._fields(), timespec) + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, format):
        """The time formatted with the C library's % directives (date 1900-01-01)."""
        return _strftime(format, 1900, 1, 1, *self._fields(), self.utcoffset(), self.tzname())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'must be str, not {type(fmt).__name__}')
        return self.strftime(fmt) if fmt else str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(None)
        _check_utc_offset('utcoffset', off)
        return off

    def dst(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.dst(None)
        _check_utc_offset('dst', off)
        return off

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError(f"tzinfo.tzname() must return None or a string, not '{type(name).__name__}'")
        return name

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        """A copy with the given fields changed (tzinfo=None makes it naive)."""
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _compare(self, other, equality):
        if not isinstance(other, time):
            return NotImplemented
        mine, theirs = self.utcoffset(), other.utcoffset()
        if self._tzinfo is other._tzinfo or mine == theirs:
            return _cmp(self._fields(), other._fields())
        if mine is None or theirs is None:
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        a = self._hour * 60 + self._minute - mine // timedelta(minutes=1)
        b = other._hour * 60 + other._minute - theirs // timedelta(minutes=1)
        return _cmp((a, self._second, self._microsecond), (b, other._second, other._microsecond))

    def __eq__(self, other):
        c = self._compare(other, True)
        return c if c is NotImplemented else c == 0

    def __lt__(self, other):
        c = self._compare(other, False)
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._compare(other, False)
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._compare(other, False)
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._compare(other, False)
        return c if c is NotImplemented else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            if not off:
                self._hashcode = hash(self._fields())
            else:
                total = timedelta(hours=self._hour, minutes=self._minute) - off
                self._hashcode = hash((total, self._second, self._microsecond))
        return self._hashcode

    def __reduce__(self):
        return (type(self), self._fields() + (self._tzinfo,))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------- datetime

class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                              microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # -- constructors

    @classmethod
    def _from_us(cls, us, tz):
        # A naive datetime `us` microseconds after 0001-01-01 00:00, then given tz.
        days, us = divmod(us, _US_PER_DAY)
        if not 0 <= days < _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        s, us = divmod(us, 1000000)
        mm, ss = divmod(s, 60)
        hh, mm = divmod(mm, 60)
        return cls(*_ordinal_to_ymd(days + 1), hh, mm, ss, us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The local time (UTC here) of a POSIX timestamp, or the time in tz."""
        _check_tzinfo(tz)
        if isinstance(t, float):
            if t != t or t in (float('inf'), float('-inf')):
                raise ValueError('Invalid value %s' % t)
            # As CPython: the fraction scaled to microseconds in float arithmetic, then
            # rounded half to even.
            frac, whole = _math.modf(t)
            us = int(whole) * 10 ** 6 + int(round(frac * 1e6))
        else:
            us = _index(t) * 10 ** 6
        result = cls._from_us(us + (_EPOCH_ORDINAL - 1) * _US_PER_DAY, None)
        if tz is not None:
            result = tz.fromutc(result.replace(tzinfo=tz))
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        """The naive UTC datetime of a POSIX timestamp."""
        return cls.fromtimestamp(t)

    @classmethod
    def now(cls, tz=None):
        """The current local time (UTC here), or the current time in tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """The current UTC time, naive."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """The datetime of a date and a time (and the time's tzinfo unless one is given)."""
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, not '
                            + type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, not '
                            + type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """A datetime from an ISO 8601 string: a date, then optionally any one character
        and a time with an optional UTC offset or 'Z'."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            split = _iso_date_length(date_string)
            ymd = _parse_iso_date(date_string[:split])
            rest = date_string[split + 1:]
            if split < len(date_string) and not rest:
                raise ValueError
            fields = _parse_iso_time(rest) if rest else (0, 0, 0, 0, None)
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        return cls(*ymd, *fields)

    @classmethod
    def strptime(cls, date_string, format):
        """Parses date_string with the % directives of format."""
        return _strptime(cls, date_string, format)

    # -- views

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def _time_fields(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _naive_us(self):
        return ((self.toordinal() - 1) * 86400 + self._hour * 3600 + self._minute * 60
                + self._second) * 1000000 + self._microsecond

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(self)
        _check_utc_offset('utcoffset', off)
        return off

    def dst(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.dst(self)
        _check_utc_offset('dst', off)
        return off

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError(f"tzinfo.tzname() must return None or a string, not '{type(name).__name__}'")
        return name

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else int(bool(dst))
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(),
                                  _day_of_year(self._year, self._month, self._day), isdst))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self if not off else (self - off).replace(tzinfo=None)
        return _time.struct_time(dt.timetuple()[:8] + (0,))

    def timestamp(self):
        """POSIX seconds since the epoch (a naive datetime is local time: UTC here)."""
        off = self.utcoffset() or timedelta(0)
        us = self._naive_us() - off._us() - (_EPOCH_ORDINAL - 1) * _US_PER_DAY
        return us / 10 ** 6

    def astimezone(self, tz=None):
        """The same instant in tz (default: the local time zone, UTC here)."""
        if tz is None:
            tz = timezone.utc
        elif not isinstance(tz, tzinfo):
            raise TypeError('tzinfo argument must be None or of a tzinfo subclass, not type '
                            f"'{type(tz).__name__}'")
        off = self.utcoffset()
        if off is None:
            off = timedelta(0)          # naive: local time, which is UTC here
        if tz is self._tzinfo:
            return self
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    # -- text

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute]
        if self._microsecond:
            fields += [self._second, self._microsecond]
        elif self._second:
            fields.append(self._second)
        s = ', '.join(map(str, fields))
        if self._fold:
            s += ', fold=1'
        if self._tzinfo is not None:
            s += f', tzinfo={self._tzinfo!r}'
        return f'{_type_name(self)}({s})'

    def isoformat(self, sep='T', timespec='auto'):
        """'YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]'."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not '
                            + type(sep).__name__)
        return (f'{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}'
                + _format_time(*self._time_fields(), timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        return self.strftime('%c')

    def strftime(self, format):
        return _strftime(format, self._year, self._month, self._day, *self._time_fields(),
                         self.utcoffset(), self.tzname())

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """A copy with the given fields changed (tzinfo=None makes it naive)."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    # -- arithmetic and comparison

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._naive_us() + other._us(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            mine, theirs = self.utcoffset(), other.utcoffset()
            if self._tzinfo is not other._tzinfo and (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            diff = self._naive_us() - other._naive_us()
            if self._tzinfo is not other._tzinfo and mine is not None:
                diff -= mine._us() - theirs._us()
            return timedelta._from_microseconds(diff)
        return NotImplemented

    def _compare(self, other, equality):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if equality:
                    return 2
                raise TypeError(f"can't compare {_type_name(self)} to {_type_name(other)}")
            return NotImplemented
        mine, theirs = self.utcoffset(), other.utcoffset()
        if self._tzinfo is other._tzinfo:
            return _cmp(self._naive_us(), other._naive_us())
        if (mine is None) != (theirs is None):
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        a = self._naive_us() - (mine._us() if mine is not None else 0)
        b = other._naive_us() - (theirs._us() if theirs is not None else 0)
        return _cmp(a, b)

    def __eq__(self, other):
        c = self._compare(other, True)
        return c if c is NotImplemented else c == 0

    def __ne__(self, other):
        c = self._compare(other, True)
        return c if c is NotImplemented else c != 0

    def __lt__(self, other):
        c = self._compare(other, False)
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._compare(other, False)
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._compare(other, False)
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._compare(other, False)
        return c if c is NotImplemented else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            us = self._naive_us() - (off._us() if off else 0)
            self._hashcode = hash(us)
        return self._hashcode

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day) + self._time_fields()
                + (self._tzinfo,))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_date_class = date
_time_class = time
_OWN_TYPES = (date, datetime, time, timedelta, timezone, tzinfo)


# ---------------------------------------------------------------------- ISO 8601 parsing

def _digits(s, n):
    if len(s) != n or not s.isdigit() or not s.isascii():
        raise ValueError
    return int(s)


def _iso_date_length(s):
    # Length of the date part of an ISO datetime string (before the separator).
    if len(s) >= 8 and s[4:5] == '-' and s[5:6] != 'W':
        return 10
    if len(s) >= 8 and (s[4:6] == '-W' or s[4:5] == 'W'):
        # YYYY-Www[-D] or YYYYWww[D]
        if s[4] == '-':
            return 10 if s[8:9] == '-' else 8
        return 8 if len(s) > 7 and s[7:8].isdigit() else 7
    return 8


def _parse_iso_date(s):
    if len(s) == 10 and s[4] == '-' and s[7] == '-' and s[5] != 'W':
        return _digits(s[:4], 4), _digits(s[5:7], 2), _digits(s[8:], 2)
    if len(s) == 8 and s.isdigit():
        return _digits(s[:4], 4), _digits(s[4:6], 2), _digits(s[6:], 2)
    # ISO week dates: YYYY-Www, YYYY-Www-D, YYYYWww, YYYYWwwD
    year = _digits(s[:4], 4)
    rest = s[4:]
    extended = rest[:1] == '-'
    if extended:
        rest = rest[1:]
    if rest[:1] != 'W':
        raise ValueError
    week = _digits(rest[1:3], 2)
    day = 1
    tail = rest[3:]
    if tail:
        if extended:
            if tail[:1] != '-':
                raise ValueError
            tail = tail[1:]
        day = _digits(tail, 1)
    return _iso_to_ymd(year, week, day)


def _parse_iso_time(s):
    # 'HH[:MM[:SS[.fff[fff]]]]' or the basic 'HH[MM[SS[.ffffff]]]', then Z or ±HH[:MM...].
    tz = None
    for i, c in enumerate(s):
        if c in '+-Zz':
            tz = _parse_iso_offset(s[i:])
            s = s[:i]
            break
    frac = 0
    for sep in '.,':
        if sep in s:
            s, f = s.split(sep, 1)
            if not f or not f.isdigit() or not f.isascii():
                raise ValueError
            frac = int((f + '000000')[:6])
            break
    if ':' in s:
        parts = s.split(':')
    else:
        parts = [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3 or (frac and len(parts) != 3):
        raise ValueError
    fields = [_digits(p, 2) for p in parts] + [0] * (3 - len(parts))
    if fields[0] == 24 and fields[1:] == [0, 0] and not frac:
        raise ValueError
    return fields[0], fields[1], fields[2], frac, tz


def _parse_iso_offset(s):
    if s in ('Z', 'z'):
        return timezone.utc
    sign = -1 if s[0] == '-' else 1
    hh, mm, ss, us, inner = _parse_iso_time(s[1:])
    if inner is not None:
        raise ValueError
    off = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
    return timezone(sign * off) if off else timezone.utc


# ---------------------------------------------------------------------- strptime

_strptime_directives = None
_strptime_cache = {}


def _strptime_regex(fmt):
    # The compiled expression of a format: a group per directive, as C's strptime reads
    # them in the C locale; matching ignores case. Kept per format, since programs parse
    # many strings with one format.
    global _strptime_directives
    import re
    compiled = _strptime_cache.get(fmt)
    if compiled is not None:
        return compiled
    if _strptime_directives is None:
        names = lambda seq, n=None: '|'.join(x[:n] if n else x for x in seq)
        _strptime_directives = {
            'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
            'f': r'(?P<f>[0-9]{1,6})',
            'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
            'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
            'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
            'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
            'M': r'(?P<M>[0-5]\d|\d)',
            'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
            'w': r'(?P<w>[0-6])',
            'u': r'(?P<u>[1-7])',
            'y': r'(?P<y>\d\d)',
            'Y': r'(?P<Y>\d\d\d\d)',
            'z': r'(?P<z>(?-i:Z)|[+-]\d{2}:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?)',
            'A': f'(?P<A>{names(_DAY_NAMES)})',
            'a': f'(?P<a>{names(_DAY_NAMES, 3)})',
            'B': f'(?P<B>{names(_MONTH_NAMES)})',
            'b': f'(?P<b>{names(_MONTH_NAMES, 3)})',
            'h': f'(?P<h>{names(_MONTH_NAMES, 3)})',
            'p': r'(?P<p>am|pm)',
            'Z': r'(?P<Z>utc|gmt)',
            '%': '%',
        }
    patterns = _strptime_directives
    regex = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == '%' and i + 1 < len(fmt):
            d = fmt[i + 1]
            if d not in patterns:
                raise ValueError(f"'{d}' is a bad directive in format '{fmt}'")
            regex.append(patterns[d])
            i += 2
        elif c == '%':
            raise ValueError(f"stray % in format '{fmt}'")
        elif c.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            regex.append(r'\s+')
        else:
            regex.append(re.escape(c))
            i += 1
    compiled = re.compile(''.join(regex), re.IGNORECASE)
    if len(_strptime_cache) > 100:
        _strptime_cache.clear()
    _strptime_cache[fmt] = compiled
    return compiled


def _strptime(cls, data, fmt):
    # Unset fields default to 1900-01-01 00:00.
    if not isinstance(data, str):
        raise TypeError(f'strptime() argument 1 must be str, not {type(data).__name__}')
    if not isinstance(fmt, str):
        raise TypeError(f'strptime() argument 2 must be str, not {type(fmt).__name__}')
    m = _strptime_regex(fmt).match(data)
    if m is None:
        raise ValueError(f"time data {data!r} does not match format {fmt!r}")
    if len(data) != m.end():
        raise ValueError(f'unconverted data remains: {data[m.end():]}')
    g = m.groupdict()
    year, month, day = 1900, 1, 1
    hour = minute = second = us = 0
    tz = None
    if g.get('Y'):
        year = int(g['Y'])
    elif g.get('y'):
        year = int(g['y'])
        year += 2000 if year <= 68 else 1900
    if g.get('m'):
        month = int(g['m'])
    for key in ('B', 'b', 'h'):
        if g.get(key):
            month = [n[:len(g[key])].lower() for n in _MONTH_NAMES].index(g[key].lower()) + 1
    if g.get('d'):
        day = int(g['d'])
    if g.get('H'):
        hour = int(g['H'])
    elif g.get('I'):
        hour = int(g['I']) % 12
        if (g.get('p') or 'am').lower() == 'pm':
            hour += 12
    if g.get('M'):
        minute = int(g['M'])
    if g.get('S'):
        second = int(g['S'])
    if g.get('f'):
        us = int(g['f'] + '0' * (6 - len(g['f'])))
    if g.get('j') and not g.get('m') and not g.get('d'):
        _, month, day = _ordinal_to_ymd(_ymd_to_ordinal(year, 1, 1) + int(g['j']) - 1)
    if g.get('z'):
        z = g['z']
        if z in ('Z', 'z'):
            tz = timezone.utc
        else:
            sign = -1 if z[0] == '-' else 1
            body = z[1:].replace(':', '')
            off = timedelta(hours=int(body[:2]), minutes=int(body[2:4]),
                            seconds=int(body[4:6] or 0),
                            microseconds=int((body[7:] + '000000')[:6]) if len(body) > 6 else 0)
            tz = timezone(sign * off)
    elif g.get('Z') and g['Z'].lower() in ('utc', 'gmt'):
        tz = None
    if second == 61 or second == 60:
        second = 59
    if tz is not None:
        return cls(year, month, day, hour, minute, second, us, tz)
    return cls(year, month, day, hour, minute, second, us)
