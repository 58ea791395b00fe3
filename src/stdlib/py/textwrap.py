"""Text wrapping and filling (Concurrency Kitchen's own `textwrap`): wrap, fill, shorten,
dedent, indent, TextWrapper (https://docs.python.org/3/library/textwrap.html).

How it works: the text is cut into chunks (runs of whitespace, words, and, when
break_on_hyphens is true, the pieces of hyphenated words and em-dashes), then lines are
filled greedily with whole chunks; a chunk longer than a whole line is cut (after its last
hyphen that fits, when there is one). The chunking rules are python3's:
  - a word may be split after a hyphen that follows two letters (or letter-hyphen-letter)
    and comes before a letter, an optional hyphen and another letter ("long-winded" splits,
    "x-1" and "-flag" do not);
  - two or more hyphens between a word character or punctuation and a word character are
    an em-dash, a chunk of their own.
Only ASCII whitespace (tab, newline, vertical tab, form feed, return, space) separates
words, as in python3.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_word(c):
    # \w: a Unicode letter or digit, or the underscore.
    return c.isalnum() or c == '_'


def _is_letter(c):
    # A word character that is not a digit.
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _split_hyphenated(text):
    # Chunks of text with python3's word-separation rules (see the module docstring).
    chunks = []
    n = len(text)
    ws = _whitespace

    def at(k):
        return text[k] if 0 <= k < n else ''

    def letter(k):
        c = at(k)
        return c != '' and _is_letter(c)

    def dash_run(k):
        # Length of the run of hyphens starting at k if it is 2+ long and followed by a
        # word character, else 0.
        m = k
        while m < n and text[m] == '-':
            m += 1
        if m - k >= 2 and m < n and _is_word(text[m]):
            return m - k
        return 0

    i = 0
    while i < n:
        c = text[i]
        if c in ws:
            j = i + 1
            while j < n and text[j] in ws:
                j += 1
        elif c == '-' and i > 0 and _is_word_punct(text[i - 1]) and dash_run(i):
            j = i + dash_run(i)
        else:
            # The shortest run of non-blanks followed by one of: a breakable hyphen
            # (taken into this chunk), a blank or the end, an em-dash.
            j = i + 1
            while True:
                if at(j) == '-':
                    after_letters = (letter(j - 2) and letter(j - 1)) or (
                        letter(j - 3) and at(j - 2) == '-' and letter(j - 1))
                    if after_letters and letter(j + 1) and (
                            letter(j + 2) or (at(j + 2) == '-' and letter(j + 3))):
                        j += 1
                        break
                    if _is_word_punct(text[j - 1]) and dash_run(j):
                        break
                if j >= n or text[j] in ws:
                    break
                j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_simple(text):
    # Words and runs of whitespace, alternating.
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        blank = text[i] in _whitespace
        j = i + 1
        while j < n and (text[j] in _whitespace) == blank:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # A lowercase ASCII letter, then . ! or ?, then maybe a closing quote, at the end.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps text into lines of at most `width` characters; the attributes (which are also
    the constructor's keyword arguments) are those of python3's TextWrapper."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        # Tabs to spaces, then every whitespace character to a space.
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        # Two spaces after a sentence end ("...end.  Next").
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # A chunk longer than a line: cut what fits (after a hyphen if one fits), or, when
        # long words may not be broken, put it whole on a line of its own.
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()  # pop() from the end is cheap
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # No line but the first starts with whitespace.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            # No line ends with whitespace.
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            last_allowed = (self.max_lines is None or len(lines) + 1 < self.max_lines)
            rest_is_blank = not chunks or (self.drop_whitespace and len(chunks) == 1 and
                                           not chunks[0].strip())
            if last_allowed or (rest_is_blank and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            # max_lines reached with text left: end with the placeholder, dropping
            # chunks from this line (or appending to the previous one) until it fits.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines (without newlines) of the wrapped text."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped text as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wraps one paragraph into a list of lines of at most `width` characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wraps one paragraph into a string of lines of at most `width` characters."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses the whitespace, then truncates to `width` with a placeholder."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Removes the leading whitespace that every non-blank line has in common (blank
    lines become empty). Tabs and spaces are different characters here."""
    lines = text.split('\n')
    # Lines of only spaces and tabs are emptied and do not count for the margin.
    lines = ['' if line and line.strip(' \t') == '' else line for line in lines]
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        lead = line[:len(line) - len(stripped)]
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            k = 0
            while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds `prefix` to the lines for which predicate(line) is true (by default, the lines
    that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
