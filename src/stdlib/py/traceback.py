"""Stack traces (Concurrency Kitchen's own `traceback`): extracting, formatting and printing
tracebacks, stacks and exceptions the way python3.11 does
(https://docs.python.org/3/library/traceback.html).

How it works: a traceback or a stack becomes a StackSummary, a list of FrameSummary
(file, line, function, source line via linecache, and since 3.11 the columns of the failing
expression, from `code.co_positions()` at the instruction `tb_lasti` points to).
TracebackException captures an exception with its __cause__ / __context__ chain and, for
an exception group, its nested exceptions; format() renders it.

The caret line under a source line follows python3.11: it is drawn only when the failing
expression does not span the whole (stripped) line, or when the expression is a binary
operation or a subscript, in which case the operands are marked `~` and the operator (or
the brackets) `^`. The operator is found with the `ast` module when there is one, else
(in our engine) with the small expression parser at the end of this file.
"""

import collections.abc
import itertools
import linecache
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_cause_message = ("\nThe above exception was the direct cause of the following "
                  "exception:\n\n")
_context_message = ("\nDuring handling of the above exception, another exception "
                    "occurred:\n\n")

# Recursion: after this many identical frames, the rest are counted, not printed.
_RECURSIVE_CUTOFF = 3


def print_list(extracted_list, file=None):
    """Prints a list of FrameSummary or (file, line, name, text) tuples as a stack."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """The formatted lines (one string per frame) of a list from extract_tb/extract_stack."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Prints the frames of a traceback object."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """format_list(extract_tb(tb, limit))."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """The frames of a traceback object as a StackSummary (oldest first)."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    # 3.10+ accepts either one exception or the old (type, value, tb) triple.
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None,
                    chain=True):
    """Prints an exception with its traceback and chained exceptions (to sys.stderr)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines print_exception would print, as a list of strings."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The last part of a report: 'Type: message' (more lines for a SyntaxError), then
    the exception's __notes__."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Prints sys.last_value (the last uncaught exception in an interactive session)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def print_stack(f=None, limit=None, file=None):
    """Prints the current stack (or the one from frame f)."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """format_list(extract_stack(f, limit))."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """The current stack (or the one from frame f) as a StackSummary, oldest first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clears the local variables of every frame of a traceback."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass  # a frame still executing cannot be cleared
        tb = tb.tb_next


class FrameSummary:
    """One frame of a stack: filename, lineno, name, line (the stripped source line, or
    None), locals (reprs, when captured) and the positions end_lineno, colno, end_colno.
    It also behaves as the old (filename, lineno, name, line) tuple."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name',
                 '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(
            self.filename, self.lineno, self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        # The unstripped line (the columns count from its start).
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yields (frame, lineno) from f outwards (f_back); f=None: the caller's caller."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yields (frame, lineno) for each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    # Like walk_tb, with the failing instruction's (lineno, end_lineno, col, end_col).
    while tb is not None:
        positions = _get_code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            yield tb.tb_frame, (tb.tb_lineno,) + tuple(positions[1:])
        else:
            yield tb.tb_frame, positions
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    # tb_lasti is a byte offset; co_positions() yields one entry per 2-byte code unit.
    if instruction_index < 0:
        return (None, None, None, None)
    positions = getattr(code, 'co_positions', None)
    if positions is None:
        return (None, None, None, None)
    for pos in itertools.islice(positions(), instruction_index // 2, None):
        return pos
    return (None, None, None, None)


class StackSummary(list):
    """A list of FrameSummary, with format() giving python3's lines for them."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Builds a StackSummary from (frame, lineno) pairs (walk_stack / walk_tb)."""
        def with_positions():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(
            with_positions(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            if limit >= 0:
                frame_gen = itertools.islice(frame_gen, limit)
            else:
                # A negative limit keeps the last -limit entries.
                frame_gen = collections.deque(frame_gen, maxlen=-limit)
        result = klass()
        fnames = set()
        for f, (lineno, end_lineno, colno, end_colno) in frame_gen:
            co = f.f_code
            filename = co.co_filename
            fnames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            result.append(FrameSummary(
                filename, lineno, co.co_name, lookup_line=False,
                locals=f.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary from FrameSummary objects or (file, line, name, text) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text for one frame: the File line, the source line, the caret line."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped = frame_summary.line.strip()
            row.append('    {}\n'.format(stripped))
            carets = _caret_line(frame_summary, stripped)
            if carets is not None:
                row.append(carets)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {} = {}\n'.format(name, value))
        return ''.join(row)

    def format(self):
        """One string per frame; runs of more than 3 identical frames (recursion) end in
        '[Previous line repeated N more times]'."""
        result = []
        last = None
        count = 0
        for fs in self:
            text = self.format_frame_summary(fs)
            if text is None:
                continue
            key = (fs.filename, fs.lineno, fs.name)
            if last is None or None in last or key != last:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated(count - _RECURSIVE_CUTOFF))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(text)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated(count - _RECURSIVE_CUTOFF))
        return result


def _repeated(count):
    return f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n'


def _caret_line(fs, stripped):
    # python3.11's rule: carets under the columns of the failing expression, unless they
    # would underline the whole stripped line and there is no operator to point at.
    if fs.colno is None or fs.end_colno is None:
        return None
    line = fs._original_line
    # What strip() removed, the newline and any trailing blanks included: with the +1
    # below this places the carets as python3.11 does (trailing blanks shift them).
    indent = len(line) - len(stripped)
    start = _byte_offset_to_character_offset(line, fs.colno)
    end = _byte_offset_to_character_offset(line, fs.end_colno)
    segment = line[start:end]
    anchors = None
    if fs.lineno == fs.end_lineno:
        try:
            anchors = _operator_anchors(segment)
        except Exception:
            anchors = None
    else:
        # The expression goes on past this line: underline to the end of it.
        end = len(line.rstrip())
    if not (end - start < len(stripped) or (anchors and anchors[1] - anchors[0] > 0)):
        return None
    dstart = _display_width(line, start) + 1
    dend = _display_width(line, end) + 1
    out = '    ' + ' ' * (dstart - indent)
    if anchors:
        left = _display_width(segment, anchors[0])
        right = _display_width(segment, anchors[1])
        out += '~' * left + '^' * (right - left) + '~' * (dend - dstart - right)
    else:
        out += '^' * (dend - dstart)
    return out + '\n'


def _byte_offset_to_character_offset(text, offset):
    # Positions count UTF-8 bytes; a cut inside a character counts that character.
    return len(text.encode('utf-8')[:offset].decode('utf-8', errors='replace'))


def _operator_anchors(segment):
    # (start, end) of the operator of a binary operation, or of the [...] of a subscript,
    # when the segment is exactly one such expression; None otherwise.
    try:
        import ast
    except ImportError:
        return _anchors_from_tokens(segment)
    try:
        tree = ast.parse(segment)
    except SyntaxError:
        return None
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.Expr):
        return None
    expr = tree.body[0].value

    def chars(offset):
        return _byte_offset_to_character_offset(segment, offset)

    if isinstance(expr, ast.BinOp):
        between = segment[chars(expr.left.end_col_offset):chars(expr.right.col_offset)]
        # Skip the blanks before the operator; it is one or two characters long.
        skip = len(between) - len(between.lstrip())
        left = expr.left.end_col_offset + skip
        right = left + 1
        if skip + 1 < len(between) and not between[skip + 1].isspace():
            right += 1
        # Closing parentheses of the left operand (and comments) are not the operator.
        while left < len(segment) and (segment[left].isspace() or segment[left] in ")#"):
            left += 1
            right += 1
        return chars(left), chars(right)
    if isinstance(expr, ast.Subscript):
        left = chars(expr.value.end_col_offset)
        right = chars(expr.slice.end_col_offset + 1)
        while left < len(segment) and segment[left] != "[":
            left += 1
        while right < len(segment) and segment[right] != "]":
            right += 1
        if right < len(segment):
            right += 1
        return left, right
    return None


def _display_width(line, offset):
    # Columns on a terminal: East Asian wide and full-width characters take two.
    if line.isascii():
        return offset
    try:
        import unicodedata
    except ImportError:
        return offset
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line[:offset])


def _indent_lines(text, prefix):
    # Every line gets the prefix, blank ones too (the margin of exception groups).
    return ''.join(prefix + line for line in text.splitlines(True))


class _ExceptionPrintContext:
    # State while formatting nested exception groups: depth and the "|" margin.
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = '|'
        indent_str = self.indent()
        if self.exception_group_depth:
            indent_str += margin_char + ' '
        if isinstance(text_gen, str):
            yield _indent_lines(text_gen, indent_str)
        else:
            for text in text_gen:
                yield _indent_lines(text, indent_str)


class TracebackException:
    """An exception captured for formatting: exc_type, stack (StackSummary), __cause__,
    __context__ (TracebackException or None), __suppress_context__, exceptions (for an
    exception group), __notes__, and for a SyntaxError filename, lineno, end_lineno, text,
    offset, end_offset, msg."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)
        if is_recursive_call:
            return
        # The chain is walked with a work list, not recursion, so that a long chain
        # cannot exhaust the stack; _seen breaks cycles.
        kwargs = dict(limit=limit, lookup_lines=lookup_lines,
                      capture_locals=capture_locals, max_group_width=max_group_width,
                      max_group_depth=max_group_depth, _seen=_seen)
        queue = [(self, exc_value)]
        while queue:
            te, e = queue.pop()
            if e and e.__cause__ is not None and id(e.__cause__) not in _seen:
                cause = TracebackException(type(e.__cause__), e.__cause__,
                                           e.__cause__.__traceback__, **kwargs)
            else:
                cause = None
            if compact:
                need_context = cause is None and e is not None and not e.__suppress_context__
            else:
                need_context = True
            if (e and e.__context__ is not None and need_context and
                    id(e.__context__) not in _seen):
                context = TracebackException(type(e.__context__), e.__context__,
                                             e.__context__.__traceback__, **kwargs)
            else:
                context = None
            if e and isinstance(e, BaseExceptionGroup):
                exceptions = [TracebackException(type(x), x, x.__traceback__, **kwargs)
                              for x in e.exceptions]
            else:
                exceptions = None
            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = exceptions
            if cause:
                queue.append((te.__cause__, e.__cause__))
            if context:
                queue.append((te.__context__, e.__context__))
            if exceptions:
                queue.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException for an exception object."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yields 'module.Type: message' (only 'Type' for builtins and __main__), the
        location lines of a SyntaxError before it, and the notes after it."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        if isinstance(self.__notes__, collections.abc.Sequence):
            for note in self.__notes__:
                note = _safe_string(note, 'note')
                yield from [line + '\n' for line in note.split('\n')]
        elif self.__notes__ is not None:
            yield _safe_string(self.__notes__, '__notes__', func=repr)

    def _format_syntax_error(self, stype):
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in {None, 0} else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                # Offsets count from 1 in the unstripped text.
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    # Tabs and other blanks are kept so that the caret lines up.
                    pad = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield '    {}{}'.format(pad, '^' * (end_colno - colno) + "\n")
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """Yields the report's lines: the chained exceptions first (oldest first), each
        with its traceback; exception groups as boxes of their nested exceptions."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg, chained_exc = _cause_message, exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg, chained_exc = _context_message, exc.__context__
                else:
                    chained_msg = chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from self._format_group(exc, chain, _ctx)

    def _format_group(self, exc, chain, _ctx):
        is_toplevel = _ctx.exception_group_depth == 0
        if is_toplevel:
            _ctx.exception_group_depth += 1
        if exc.stack:
            yield from _ctx.emit('Exception Group Traceback (most recent call last):\n',
                                 margin_char='+' if is_toplevel else None)
            yield from _ctx.emit(exc.stack.format())
        yield from _ctx.emit(exc.format_exception_only())
        num_excs = len(exc.exceptions)
        n = num_excs if num_excs <= self.max_group_width else self.max_group_width + 1
        _ctx.need_close = False
        for i in range(n):
            last_exc = i == n - 1
            if last_exc:
                # A nested group may draw the closing line itself.
                _ctx.need_close = True
            truncated = self.max_group_width is not None and i >= self.max_group_width
            title = f'{i + 1}' if not truncated else '...'
            yield (_ctx.indent() + ('+-' if i == 0 else '  ') +
                   f'+---------------- {title} ----------------\n')
            _ctx.exception_group_depth += 1
            if not truncated:
                yield from exc.exceptions[i].format(chain=chain, _ctx=_ctx)
            else:
                remaining = num_excs - self.max_group_width
                plural = 's' if remaining > 1 else ''
                yield from _ctx.emit(f"and {remaining} more exception{plural}\n")
            if last_exc and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1
        if is_toplevel:
            _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Prints format(chain=chain) to file (sys.stderr by default)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


# ---------------------------------------------------------------------- anchors without ast
# Our engine has no `ast` module, so the root of the failing expression is found with a
# small parser of Python expressions that keeps only what the anchors need: whether the
# expression is a binary operation (and where its operands end and start) or a subscript
# (where its value ends and its slice ends), with node positions as ast would give them
# (a parenthesized expression's node excludes the parentheses; a tuple's includes them).

_BINARY_LEVELS = (('|',), ('^',), ('&',), ('<<', '>>'), ('+', '-'),
                  ('*', '/', '//', '%', '@'))
_OPERATORS = ('**=', '//=', '>>=', '<<=', '->', '**', '//', '>>', '<<', '<=', '>=', '==',
              '!=', ':=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=')
_STRING_PREFIXES = ('r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf')


def _tokenize_expression(text):
    # (kind, text, start, end) tokens; kind is 'name', 'number', 'string' or 'op'.
    # None if the text holds something this scanner does not know.
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in ' \t\f\r\n':
            i += 1
        elif c == '\\' and text[i + 1:i + 2] == '\n':
            i += 2
        elif c == '#':
            while i < n and text[i] != '\n':
                i += 1
        elif c.isalpha() or c == '_' or ord(c) > 127:
            j = i
            while j < n and (text[j].isalnum() or text[j] == '_' or ord(text[j]) > 127):
                j += 1
            word = text[i:j]
            if j < n and text[j] in '\'"' and word.lower() in _STRING_PREFIXES:
                end = _string_end(text, j)
                if end is None:
                    return None
                tokens.append(('string', text[i:end], i, end))
                i = end
            else:
                tokens.append(('name', word, i, j))
                i = j
        elif c.isdigit() or (c == '.' and text[i + 1:i + 2].isdigit()):
            j = _number_end(text, i)
            tokens.append(('number', text[i:j], i, j))
            i = j
        elif c in '\'"':
            end = _string_end(text, i)
            if end is None:
                return None
            tokens.append(('string', text[i:end], i, end))
            i = end
        else:
            for op in _OPERATORS:
                if text.startswith(op, i):
                    break
            else:
                op = c
            if op == '...' or text.startswith('...', i):
                op = '...'
            tokens.append(('op', op, i, i + len(op)))
            i += len(op)
    return tokens


def _number_end(text, i):
    # Index after the number literal starting at i (int, float, complex, 0x/0o/0b).
    n = len(text)

    def digits(j, ok):
        while j < n and (ok(text[j]) or (text[j] == '_' and j + 1 < n and ok(text[j + 1]))):
            j += 1
        return j
    if text[i] == '0' and text[i + 1:i + 2].lower() in ('x', 'o', 'b'):
        return digits(i + 2, lambda ch: ch.isalnum())
    j = digits(i, str.isdigit)
    if j < n and text[j] == '.':
        j = digits(j + 1, str.isdigit)
    if j < n and text[j] in 'eE':
        k = j + 1
        if k < n and text[k] in '+-':
            k += 1
        if k < n and text[k].isdigit():
            j = digits(k, str.isdigit)
    if j < n and text[j] in 'jJ':
        j += 1
    return j


def _string_end(text, i):
    # Index after the string literal whose quote is at i.
    q = text[i]
    if text.startswith(q * 3, i):
        close = text.find(q * 3, i + 3)
        while close != -1 and _escaped(text, close):
            close = text.find(q * 3, close + 1)
        return None if close == -1 else close + 3
    j = i + 1
    while j < len(text):
        if text[j] == '\\':
            j += 2
            continue
        if text[j] == q:
            return j + 1
        if text[j] == '\n':
            return None
        j += 1
    return None


def _escaped(text, k):
    backslashes = 0
    while k - 1 - backslashes >= 0 and text[k - 1 - backslashes] == '\\':
        backslashes += 1
    return backslashes % 2 == 1


class _ExprParser:
    # Recursive descent over the tokens. Each parse method returns a node
    # (kind, start, end, extra). As in CPython's parser, a node spans the tokens it was
    # built from, except that a parenthesized expression is its inner node (parentheses
    # excluded) while the nodes around it span the parentheses.

    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self, k=0):
        j = self.i + k
        return self.tokens[j] if j < len(self.tokens) else ('end', '', None, None)

    def at(self, *texts):
        tok = self.peek()
        return tok[0] in ('op', 'name') and tok[1] in texts

    def take(self):
        tok = self.peek()
        if tok[0] == 'end':
            raise SyntaxError('unexpected end')
        self.i += 1
        return tok

    def expect(self, text):
        if not self.at(text):
            raise SyntaxError('expected ' + text)
        return self.take()

    def first(self):
        tok = self.peek()
        if tok[0] == 'end':
            raise SyntaxError('unexpected end')
        return tok[2]

    def last(self):
        return self.tokens[self.i - 1][3]

    def expression(self):
        start = self.first()
        if self.at('lambda'):
            self.take()
            while not self.at(':'):
                self.take()
            self.take()
            self.expression()
            return ('Lambda', start, self.last(), None)
        node = self.disjunction()
        if self.at('if'):
            self.take()
            self.disjunction()
            self.expect('else')
            self.expression()
            return ('IfExp', start, self.last(), None)
        return node

    def named(self):
        # An element of a call, display or subscript: maybe a := or a *starred one.
        start = self.first()
        if self.at('*', '**'):
            self.take()
            self.expression()
            return ('Starred', start, self.last(), None)
        node = self.expression()
        if self.at(':='):
            self.take()
            self.expression()
            return ('NamedExpr', start, self.last(), None)
        return node

    def disjunction(self):
        start = self.first()
        node = self.conjunction()
        while self.at('or'):
            self.take()
            self.conjunction()
            node = ('BoolOp', start, self.last(), None)
        return node

    def conjunction(self):
        start = self.first()
        node = self.inversion()
        while self.at('and'):
            self.take()
            self.inversion()
            node = ('BoolOp', start, self.last(), None)
        return node

    def inversion(self):
        if self.at('not'):
            start = self.take()[2]
            self.inversion()
            return ('UnaryOp', start, self.last(), None)
        return self.comparison()

    def comparison(self):
        start = self.first()
        node = self.binary(0)
        compared = False
        while True:
            if self.at('<', '>', '==', '>=', '<=', '!=', 'in'):
                self.take()
            elif self.at('not') and self.peek(1)[1] == 'in':
                self.take()
                self.take()
            elif self.at('is'):
                self.take()
                if self.at('not'):
                    self.take()
            else:
                break
            self.binary(0)
            compared = True
        if compared:
            return ('Compare', start, self.last(), None)
        return node

    def binary(self, level):
        if level == len(_BINARY_LEVELS):
            return self.unary()
        start = self.first()
        node = self.binary(level + 1)
        while self.peek()[0] == 'op' and self.peek()[1] in _BINARY_LEVELS[level]:
            self.take()
            right = self.binary(level + 1)
            node = ('BinOp', start, self.last(), (node, right))
        return node

    def unary(self):
        if self.peek()[0] == 'op' and self.peek()[1] in ('+', '-', '~'):
            start = self.take()[2]
            self.unary()
            return ('UnaryOp', start, self.last(), None)
        return self.power()

    def power(self):
        start = self.first()
        node = self.await_primary()
        if self.at('**'):
            self.take()
            right = self.unary()
            return ('BinOp', start, self.last(), (node, right))
        return node

    def await_primary(self):
        if self.at('await'):
            start = self.take()[2]
            self.primary()
            return ('Await', start, self.last(), None)
        return self.primary()

    def primary(self):
        start = self.first()
        node = self.atom()
        while True:
            if self.at('('):
                self.take()
                self.items(')')
                self.expect(')')
                node = ('Call', start, self.last(), None)
            elif self.at('['):
                self.take()
                slice_node = self.slices()
                self.expect(']')
                node = ('Subscript', start, self.last(), (node, slice_node))
            elif self.at('.'):
                self.take()
                if self.take()[0] != 'name':
                    raise SyntaxError('attribute name expected')
                node = ('Attribute', start, self.last(), None)
            else:
                return node

    def items(self, closer):
        # Comma-separated elements (keyword arguments, dict entries, comprehensions) up
        # to closer: (count, trailing comma?, first element).
        count = 0
        trailing_comma = False
        first = None
        comprehension = False
        while not self.at(closer):
            if closer == ')' and self.peek()[0] == 'name' and self.peek(1)[1] == '=':
                self.take()
                self.take()
            element = self.named()
            if closer == '}' and self.at(':'):
                self.take()
                self.expression()
            if self.at('for', 'async'):
                self.comprehension()
                comprehension = True
            if first is None:
                first = element
            count += 1
            trailing_comma = False
            if not self.at(','):
                break
            self.take()
            trailing_comma = True
        return count, trailing_comma, first, comprehension

    def comprehension(self):
        while self.at('for', 'async', 'if'):
            word = self.take()[1]
            if word == 'async':
                self.expect('for')
            if word == 'if':
                self.disjunction()
                continue
            self.binary(0)
            while self.at(','):
                self.take()
                self.binary(0)
            self.expect('in')
            self.disjunction()

    def slice_item(self):
        # A slice a:b:c (each part optional) or an expression.
        start = self.first()
        lower = None if self.at(':') else self.named()
        if not self.at(':'):
            return lower
        self.take()
        if not self.at(']', ',', ':'):
            self.expression()
        if self.at(':'):
            self.take()
            if not self.at(']', ','):
                self.expression()
        return ('Slice', start, self.last(), None)

    def slices(self):
        start = self.first()
        node = self.slice_item()
        if not self.at(','):
            return node
        while self.at(','):
            self.take()
            if self.at(']'):
                break
            self.slice_item()
        # An unparenthesized tuple, its trailing comma included.
        return ('Tuple', start, self.last(), None)

    def atom(self):
        kind, text, start, end = self.peek()
        if kind == 'name':
            if text in ('if', 'else', 'for', 'in', 'and', 'or', 'not', 'is', 'lambda',
                        'await', 'yield', 'async', 'del', 'pass', 'return', 'raise',
                        'import', 'from', 'global', 'nonlocal', 'assert', 'class', 'def',
                        'while', 'with', 'try', 'except', 'finally', 'break', 'continue',
                        'elif', 'as'):
                raise SyntaxError('unexpected keyword')
            self.take()
            return ('Atom', start, end, None)
        if kind == 'number':
            self.take()
            return ('Atom', start, end, None)
        if kind == 'string':
            self.take()
            while self.peek()[0] == 'string':
                self.take()
            return ('Atom', start, self.last(), None)
        if kind == 'op' and text == '...':
            self.take()
            return ('Atom', start, end, None)
        if kind == 'op' and text in ('(', '[', '{'):
            closer = {'(': ')', '[': ']', '{': '}'}[text]
            self.take()
            if text == '(' and self.at('yield'):
                raise SyntaxError('yield')
            count, trailing_comma, first, comprehension = self.items(closer)
            self.expect(closer)
            if text == '(' and count == 1 and not trailing_comma and not comprehension:
                return first
            return ('Display', start, self.last(), None)
        raise SyntaxError('unexpected token')


def _anchors_from_tokens(segment):
    tokens = _tokenize_expression(segment)
    if not tokens:
        return None
    parser = _ExprParser(tokens)
    try:
        node = parser.named()
        if parser.peek()[0] != 'end':
            return None
    except (SyntaxError, IndexError, TypeError):
        return None

    # python3 computes these from the ast's UTF-8 byte offsets, mixing in some character
    # counts; the same arithmetic is repeated here so that non-ASCII lines match too.
    def byte(offset):
        return len(segment[:offset].encode('utf-8'))

    def chars(offset):
        return _byte_offset_to_character_offset(segment, offset)

    if node[0] == 'BinOp':
        left, right = node[3]
        left_end = byte(left[2])
        between = segment[chars(left_end):chars(byte(right[1]))]
        skip = len(between) - len(between.lstrip())
        start = left_end + skip
        end = start + 1
        if skip + 1 < len(between) and not between[skip + 1].isspace():
            end += 1
        while start < len(segment) and (segment[start].isspace() or segment[start] in ")#"):
            start += 1
            end += 1
        return chars(start), chars(end)
    if node[0] == 'Subscript':
        value, slice_node = node[3]
        start = chars(byte(value[2]))
        end = chars(byte(slice_node[2]) + 1)
        while start < len(segment) and segment[start] != "[":
            start += 1
        while end < len(segment) and segment[end] != "]":
            end += 1
        if end < len(segment):
            end += 1
        return start, end
    return None
