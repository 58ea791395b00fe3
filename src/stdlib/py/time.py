"""Time access and conversions (Concurrency Kitchen's own `time`).

The clocks and sleep() are native (`_time`): they read the run's clock, real time on the
shared platform and simulated time on the virtual one. Calendar conversions are computed
here, in UTC: a program run in the browser has no reliable local time zone, so localtime()
equals gmtime() and timezone is 0.
"""

from _time import (time, time_ns, perf_counter, perf_counter_ns, monotonic, monotonic_ns,
                   process_time, process_time_ns, thread_time, thread_time_ns, sleep)

__all__ = ['time', 'time_ns', 'perf_counter', 'perf_counter_ns', 'monotonic', 'monotonic_ns',
           'process_time', 'process_time_ns', 'thread_time', 'thread_time_ns', 'sleep',
           'struct_time', 'gmtime', 'localtime', 'mktime', 'asctime', 'ctime', 'strftime',
           'get_clock_info', 'timezone', 'altzone', 'daylight', 'tzname']

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
           'tm_yday', 'tm_isdst')


class struct_time(tuple):
    """The time value sequence returned by gmtime(), localtime() and strptime()."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence ({len(seq)}-sequence given)")
        if len(seq) > 11:
            raise TypeError(f"time.struct_time() takes an at most 11-sequence ({len(seq)}-sequence given)")
        self = tuple.__new__(cls, seq[:9])
        self._zone = seq[9] if len(seq) > 9 else 'UTC'
        self._gmtoff = seq[10] if len(seq) > 10 else 0
        return self

    def __repr__(self):
        return 'time.struct_time(' + ', '.join(f'{n}={v!r}' for n, v in zip(_FIELDS, self)) + ')'

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)


def _days_from_civil(y, m, d):
    # Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return y + (m <= 2), m, d


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def gmtime(secs=None):
    """Seconds since the epoch → struct_time in UTC."""
    if secs is None:
        secs = time()
    secs = int(secs // 1) if isinstance(secs, float) else int(secs)
    days, rem = divmod(secs, 86400)
    hour, rem = divmod(rem, 3600)
    minute, sec = divmod(rem, 60)
    y, m, d = _civil_from_days(days)
    wday = (days + 3) % 7  # 1970-01-01 was a Thursday (Monday is 0)
    yday = days - _days_from_civil(y, 1, 1) + 1
    return struct_time((y, m, d, hour, minute, sec, wday, yday, 0, 'UTC', 0))


localtime = gmtime


def mktime(t):
    """struct_time (UTC here) → seconds since the epoch, as a float."""
    y, m, d, hh, mm, ss = t[:6]
    return float(_days_from_civil(y, m, d) * 86400 + hh * 3600 + mm * 60 + ss)


_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_DAYS_FULL = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_MONTHS_FULL = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                'September', 'October', 'November', 'December')


def asctime(t=None):
    if t is None:
        t = localtime()
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6]], _MONTHS[t[1] - 1], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def strftime(format, t=None):
    """Formats a struct_time with the C directives (%Y %m %d %H %M %S %a %A %b %B %j %p %y %Z %% ...)."""
    if t is None:
        t = localtime()
    y, mon, d, hh, mm, ss, wd, yd = t[:8]
    out = []
    i = 0
    while i < len(format):
        c = format[i]
        if c != '%' or i + 1 == len(format):
            out.append(c)
            i += 1
            continue
        f = format[i + 1]
        i += 2
        if f == 'Y': out.append('%d' % y)
        elif f == 'm': out.append('%02d' % mon)
        elif f == 'd': out.append('%02d' % d)
        elif f == 'H': out.append('%02d' % hh)
        elif f == 'I': out.append('%02d' % ((hh % 12) or 12))
        elif f == 'M': out.append('%02d' % mm)
        elif f == 'S': out.append('%02d' % ss)
        elif f == 'p': out.append('AM' if hh < 12 else 'PM')
        elif f == 'a': out.append(_DAYS[wd])
        elif f == 'A': out.append(_DAYS_FULL[wd])
        elif f == 'b' or f == 'h': out.append(_MONTHS[mon - 1])
        elif f == 'B': out.append(_MONTHS_FULL[mon - 1])
        elif f == 'j': out.append('%03d' % yd)
        elif f == 'y': out.append('%02d' % (y % 100))
        elif f == 'e': out.append('%2d' % d)
        elif f == 'w': out.append('%d' % ((wd + 1) % 7))
        elif f == 'u': out.append('%d' % (wd + 1))
        elif f == 'Z': out.append('UTC')
        elif f == 'z': out.append('+0000')
        elif f == 'c': out.append(asctime(t))
        elif f == 'x': out.append('%02d/%02d/%02d' % (mon, d, y % 100))
        elif f == 'X': out.append('%02d:%02d:%02d' % (hh, mm, ss))
        elif f == 'D': out.append('%02d/%02d/%02d' % (mon, d, y % 100))
        elif f == 'F': out.append('%d-%02d-%02d' % (y, mon, d))
        elif f == 'T': out.append('%02d:%02d:%02d' % (hh, mm, ss))
        elif f == 'R': out.append('%02d:%02d' % (hh, mm))
        elif f == 'n': out.append('\n')
        elif f == 't': out.append('\t')
        elif f == '%': out.append('%')
        else: out.append('%' + f)
    return ''.join(out)


class _ClockInfo:
    def __init__(self, implementation, monotonic, adjustable, resolution):
        self.implementation = implementation
        self.monotonic = monotonic
        self.adjustable = adjustable
        self.resolution = resolution

    def __repr__(self):
        return ('namespace(implementation=%r, monotonic=%r, adjustable=%r, resolution=%r)'
                % (self.implementation, self.monotonic, self.adjustable, self.resolution))


def get_clock_info(name):
    if name not in ('time', 'monotonic', 'perf_counter', 'process_time', 'thread_time'):
        raise ValueError('unknown clock')
    return _ClockInfo('kitchen run clock', name != 'time', name == 'time', 1e-06)
