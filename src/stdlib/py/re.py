"""Regular expressions (Concurrency Kitchen's own `re`, python3.11's behaviour).

Patterns are parsed and run by the native `_re` core (src/stdlib/native/re*.ts), which
translates Python's syntax to JS regular expressions; this module shapes the public
interface the way CPython's Lib/re/__init__.py and Modules/_sre/sre.c present it: the
RegexFlag constants, re.error, Pattern and Match objects, the module-level functions and
the compiled-pattern cache. Match positions are Python indices.
"""

import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807

# Flag names in the order python3's RegexFlag lists them in a repr.
_FLAG_ORDER = [("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
               ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
               ("DEBUG", 128)]
# ... and in the order Pattern.__repr__ lists them (sre.c pattern_repr).
_REPR_ORDER = [("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
               ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128),
               ("ASCII", 256)]
_NAMES = {v: n for n, v in _FLAG_ORDER}


class RegexFlag(int):
    """The re flags: an int whose repr names the flags (re.IGNORECASE|re.MULTILINE)."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return "NOFLAG"
        parts = [n for n, b in _FLAG_ORDER if v & b]
        return "|".join(parts) if parts else None

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        if v < 0:
            v = v & 0x1ff
        parts = ["re." + n for n, b in _FLAG_ORDER if v & b]
        rest = v & ~0x1ff
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        return format(repr(self), spec)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 0x1ff)

    def __iter__(self):
        v = int(self)
        for n, b in _FLAG_ORDER:
            if v & b and n not in ("TEMPLATE", "DEBUG"):
                yield RegexFlag(b)

    def __reduce__(self):
        return (RegexFlag, (int(self),))


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg (the unformatted message), pattern, pos (index in the pattern where
    compilation failed, may be None), lineno and colno (may be None).
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'
PatternError = error


def _raise(info, pattern):
    _, kind, msg, pos = info
    if kind == "error":
        raise error(msg, pattern, pos)
    if kind == "ValueError":
        raise ValueError(msg)
    if kind == "OverflowError":
        raise OverflowError(msg)
    if kind == "IndexError":
        raise IndexError(msg)
    raise NotImplementedError("re: " + msg)


class Pattern:
    """A compiled regular expression (re.compile's result)."""

    __slots__ = ("pattern", "flags", "groups", "groupindex", "_key")

    def __init__(self, pattern, flags, groups, groupindex):
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        self.groupindex = groupindex
        self._key = flags

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and (flags & (4 | 32 | 256)) == 32:
            flags &= ~32
        r = repr(self.pattern)
        if len(r) > 200:
            r = r[:200]
        parts = []
        for n, b in _REPR_ORDER:
            if flags & b:
                parts.append("re." + n)
                flags &= ~b
        if flags:
            parts.append(hex(flags))
        if parts:
            return "re.compile(%s, %s)" % (r, "|".join(parts))
        return "re.compile(%s)" % r

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and type(self.pattern) is type(other.pattern))

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self._key))

    def search(self, string, pos=0, endpos=_MAXSIZE):
        spans = _re.exec(self.pattern, self._key, string, pos, endpos, 0)
        return None if spans is None else Match(self, string, spans)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        spans = _re.exec(self.pattern, self._key, string, pos, endpos, 1)
        return None if spans is None else Match(self, string, spans)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        spans = _re.exec(self.pattern, self._key, string, pos, endpos, 2)
        return None if spans is None else Match(self, string, spans)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        for spans in _re.scan(self.pattern, self._key, string, pos, endpos, 0):
            yield Match(self, string, spans)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return _re.findall(self.pattern, self._key, string, pos, endpos)

    def split(self, string, maxsplit=0):
        return _re.split(self.pattern, self._key, string, maxsplit)

    def _subx(self, repl, string, count):
        if callable(repl) and not isinstance(repl, (str, bytes, bytearray)):
            filt = repl
        elif isinstance(repl, (str, bytes, bytearray)):
            if isinstance(repl, str) == isinstance(self.pattern, str):
                r = _re.sub(self.pattern, self._key, repl, string, count)
                if r[0] is None:
                    _raise(r, repl)
                return r
            # A str replacement for a bytes pattern (or the reverse) is only found out
            # when the pieces are joined, as in CPython.
            filt = lambda m: repl
        else:
            raise TypeError("decoding to str: need a bytes-like object, %s found"
                            % type(repl).__name__)
        if count < 0:
            return string, 0
        matches = _re.scan(self.pattern, self._key, string, 0, _MAXSIZE, count)
        pieces = []
        last = 0
        for spans in matches:
            if last < spans[0]:
                pieces.append(string[last:spans[0]])
            r = filt(Match(self, string, spans))
            if r is not None:
                pieces.append(r)
            last = spans[1]
        pieces.append(string[last:])
        if isinstance(self.pattern, str):
            return "".join(pieces), len(matches)
        return b"".join(pieces), len(matches)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def __class_getitem__(cls, item):
        # python3 returns types.GenericAlias; the class itself serves annotations here.
        return cls

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return SREScanner(self, string, pos, endpos)


class SREScanner:
    """Pattern.scanner(): successive match() / search() calls, each starting where the
    previous match ended (sre.c scanner_match / scanner_search)."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        n = len(string)
        self._pos = 0 if pos < 0 else n if pos > n else pos
        self._endpos = endpos
        self._at = self._pos
        self._must_advance = False
        self._done = False

    def _step(self, mode):
        if self._done:
            return None
        p = self.pattern
        spans = _re.step(p.pattern, p._key, self._string, self._at, self._pos, self._endpos,
                         mode, self._must_advance)
        if spans is None:
            self._done = True
            return None
        self._must_advance = spans[0] == spans[1]
        self._at = spans[1]
        return Match(p, self._string, spans)

    def match(self):
        return self._step(1)

    def search(self):
        return self._step(0)


class Scanner:
    """A simple lexer (undocumented re.Scanner): a list of (pattern, action) phrases tried in
    order at each position; scan() returns the actions' results and the unmatched rest."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self._phrase_of = {}
        parts = []
        group = 1
        for i, (phrase, action) in enumerate(lexicon):
            inner = _compile(phrase, flags).groups
            self._phrase_of[group] = i
            parts.append("(" + phrase + ")")
            group += inner + 1
        self.scanner = _compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            # the phrase's own group is the outermost one that took part
            k = next(g for g in sorted(self._phrase_of) if m.start(g) >= 0)
            action = self.lexicon[self._phrase_of[k]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


def _expand_parts(parts, string, spans):
    out = []
    for p in parts:
        if type(p) is int:
            s = spans[2 * p]
            if s is not None:
                out.append(string[s:spans[2 * p + 1]])
        else:
            out.append(p)
    return out


class Match:
    """The result of a successful match (Pattern.search / match / fullmatch / finditer)."""

    __slots__ = ("re", "string", "pos", "endpos", "_spans", "lastindex")

    def __init__(self, pattern, string, spans):
        # spans: (start0, end0, start1, end1, ..., lastindex, pos, endpos) from _re
        self.re = pattern
        self.string = string
        self._spans = spans
        self.lastindex = spans[-3]
        self.pos = spans[-2]
        self.endpos = spans[-1]

    @property
    def lastgroup(self):
        li = self.lastindex
        if li is None:
            return None
        for name, g in self.re.groupindex.items():
            if g == li:
                return name
        return None

    @property
    def regs(self):
        sp = self._spans
        return tuple((-1, -1) if sp[2 * i] is None else (sp[2 * i], sp[2 * i + 1])
                     for i in range(self.re.groups + 1))

    def _index(self, g):
        if isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        elif isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return int(g)
        else:
            try:
                i = g.__index__()
            except (AttributeError, TypeError):
                pass
            else:
                if 0 <= i <= self.re.groups:
                    return i
        raise IndexError("no such group")

    def _get(self, i, default=None):
        sp = self._spans
        s = sp[2 * i]
        if s is None:
            return default
        return self.string[s:sp[2 * i + 1]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(a)) for a in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        s = self._spans[2 * self._index(group)]
        return -1 if s is None else s

    def end(self, group=0):
        e = self._spans[2 * self._index(group) + 1]
        return -1 if e is None else e

    def span(self, group=0):
        i = self._index(group)
        s = self._spans[2 * i]
        if s is None:
            return (-1, -1)
        return (s, self._spans[2 * i + 1])

    def expand(self, template):
        parts = _re.template(self.re.pattern, self.re._key, template)
        if type(parts) is tuple:
            _raise(parts, template)
        out = _expand_parts(parts, self.string, self._spans)
        if isinstance(template, str):
            return "".join(out)
        return b"".join(out)

    def __bool__(self):
        return True

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._spans[0], self._spans[1], self._get(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_cache = {}
_MAXCACHE = 512
# python3 exposes a pattern's named groups as a read-only mappingproxy (a plain dict when
# there are none); use the interpreter's mappingproxy type when it has one.
_mappingproxy = type(type.__dict__)


def _warn(messages):
    try:
        import warnings
    except Exception:
        # Warnings are advice; a pattern must compile even where `warnings` cannot load.
        return
    for msg in messages:
        # stacklevel 4: the caller of re.compile / re.search / ... (_warn <- _compile <- it)
        warnings.warn(msg, FutureWarning, stacklevel=4)


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    info = _re.compile(pattern, flags)
    if info[0] is None:
        _raise(info, pattern)
    if info[3]:
        _warn(info[3])
    groupindex = info[2]
    if groupindex and _mappingproxy.__name__ == "mappingproxy":
        groupindex = _mappingproxy(groupindex)
    p = Pattern(pattern, info[0], info[1], groupindex)
    p._key = flags
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    p = _cache.get((type(pattern), pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    spans = _re.exec(p.pattern, p._key, string, 0, _MAXSIZE, 1)
    return None if spans is None else Match(p, string, spans)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    p = _cache.get((type(pattern), pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    spans = _re.exec(p.pattern, p._key, string, 0, _MAXSIZE, 2)
    return None if spans is None else Match(p, string, spans)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    p = _cache.get((type(pattern), pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    spans = _re.exec(p.pattern, p._key, string, 0, _MAXSIZE, 0)
    return None if spans is None else Match(p, string, spans)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _re.purge()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    return _compile(pattern, flags | TEMPLATE)


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')
