# The re module as tutorials use it: searching, groups, findall/finditer, split, sub,
# flags, compiled patterns and errors. Expected output (re_basics.out) is python3's.
import re

log = """\
2024-01-15 10:32:01 INFO  server started on port 8080
2024-01-15 10:32:05 WARN  disk usage at 91%
2024-01-15 10:33:12 ERROR connection refused: db01 (retry 3)
2024-01-16 08:00:00 INFO  user alice@example.com logged in
"""

# Log lines with named groups
line_re = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+(?P<msg>.*)$", re.M)
for m in line_re.finditer(log):
    print(m["level"], m.group("date"), repr(m.group("msg")), m.span("msg"))
print(line_re)
print(line_re.groups, sorted(line_re.groupindex.items()))

levels = [m.group("level") for m in line_re.finditer(log)]
print({lvl: levels.count(lvl) for lvl in sorted(set(levels))})

# Emails, numbers, words
print(re.findall(r"[\w.+-]+@[\w-]+\.\w+", log))
print(re.findall(r"\d+%", log), re.findall(r"port (\d+)", log))
print(re.findall(r"(\d{4})-(\d\d)-(\d\d)", log)[:2])
print(len(re.findall(r"\b\w+\b", log)))

# match vs search vs fullmatch
print(re.match(r"\d+", "abc123"), re.search(r"\d+", "abc123"))
print(re.fullmatch(r"[a-z]+\d*", "abc123"), re.fullmatch(r"[a-z]+", "abc123"))
phone = re.compile(r"\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})")
for s in ["(555) 123-4567", "555.123.4567", "5551234567", "55-1234"]:
    m = phone.fullmatch(s)
    print(s, "->", m.groups() if m else None)

# Groups that did not participate
m = re.match(r"(\w+)(?:-(\w+))?(?: v(\d+))?", "app-core")
print(m.groups(), m.groups("?"), m.lastindex, m.group(0, 1, 2))

# split and sub
print(re.split(r"\s*[,;]\s*", "a , b;c ;  d"))
print(re.split(r"(\d)", "a1b2c"), re.split(r"\W+", "Hello, world!", maxsplit=1))
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", "due 2024-03-09"))
print(re.sub(r"(?P<w>\w+)@", r"<\g<w>> at ", "mail bob@host"))
print(re.subn(r"\s+", " ", "too    many   spaces  here"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) ** 2), "1 2 3 10"))
print(re.sub(r"[aeiou]", "", "programming", count=2))
print(re.sub("x*", "-", "abxd"), re.split(r"\b", "hi there"))

# Flags
print(re.findall(r"python", "Python PYTHON python", re.I))
print(re.findall(r"^\w", "one\ntwo\nthree", re.M), re.findall(r".+", "a\nb", re.S))
print(re.search(r"""
    (\d+)   # whole part
    \.      # point
    (\d+)   # fraction
""", "pi is 3.14159", re.X).groups())
print(re.I | re.M, repr(re.S), int(re.I | re.X))

# Greedy vs lazy, lookarounds, backreferences
html = "<p>one</p><p>two</p>"
print(re.findall(r"<p>(.*)</p>", html), re.findall(r"<p>(.*?)</p>", html))
print(re.findall(r"\w+(?=:)", "a: b c: d"), re.findall(r"(?<=\$)\d+", "$5 and $12"))
print(re.findall(r"\b(\w+) \1\b", "this is is a test test ok"))

# Unicode
print(re.findall(r"\w+", "naïve café 東京 x2"), re.findall(r"\d", "٣ 3 ३"))
print(re.search(r"é", "CAFÉ", re.I))

# escape and errors
print(re.escape("1+1=2? (yes)"))
for bad in ["(unclosed", "a)b", "*star", r"\q", "[z-a]", "(?<bad>x)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(type(e).__name__, e.msg, e.pos)
