"""Known difference: time.localtime() is UTC and time.timezone is 0.

Cause: a program running in a browser (or on the virtual platform, whose calendar is fixed
at 2026-01-01 00:00 UTC) has no reliable local time zone to offer. gmtime() and the clocks
are unaffected.
Workaround: use time.gmtime() / UTC explicitly when a program's output must not depend on
where it runs.
"""
import time

print(time.timezone, time.localtime(0).tm_hour, time.gmtime(0).tm_hour)
