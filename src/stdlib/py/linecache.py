"""Source lines by file name (Concurrency Kitchen's own `linecache`): getline, getlines,
clearcache, checkcache, updatecache, lazycache
(https://docs.python.org/3/library/linecache.html). Tracebacks and warnings use it to show
the line that failed.

How it works: `cache` maps a file name to (size, mtime, lines, fullname). A file is looked
up, in order, in `_kitchen_sources` (the engine puts the program's own source and any
in-browser files there: the playground has no file system to read them from), then in the
cache, then through a module's __loader__.get_source (lazycache), then on disk, trying each
sys.path entry for a relative name. `_kitchen_sources` is empty on CPython, so there the
module behaves as python3's does.
"""

import functools
import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# File name -> source text, filled by the engine; consulted before anything else.
_kitchen_sources = {}

# File name -> (size, mtime, lines, fullname); a lazy entry is a 1-tuple (get_source,).
cache = {}


def clearcache():
    """Forgets every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """The line `lineno` (counting from 1) of the file, with its newline, or '' if there
    is no such line or file."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def _split(text):
    # Lines as a file read in text mode gives them: \r\n and \r become \n, and only \n
    # ends a line; the last line gets a newline if it has none.
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = text.split('\n')
    lines = [line + '\n' for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def getlines(filename, module_globals=None):
    """All the lines of the file, from the cache when it holds them."""
    if filename in _kitchen_sources:
        return _split(_kitchen_sources[filename])
    getsource = getattr(sys, '_kitchen_getsource', None)
    if getsource is not None:
        text = getsource(filename)
        if text is not None:
            return _split(text)
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drops the cache entries (all, or the one for `filename`) whose file changed on disk
    or disappeared; entries that did not come from disk are kept."""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for filename in filenames:
        entry = cache[filename]
        if len(entry) == 1:
            continue  # lazy: not loaded yet
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue  # no file behind it (a loader gave the source)
        try:
            stat = os.stat(fullname)
        except OSError:
            cache.pop(filename, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(filename, None)


def _decode(data):
    # The source encoding is UTF-8 unless a PEP 263 cookie on line 1 or 2 says otherwise.
    encoding = 'utf-8'
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
        encoding = 'utf-8'
    else:
        for line in data.split(b'\n', 2)[:2]:
            text = line.decode('latin-1').strip()
            if text.startswith('#') and 'coding' in text:
                i = text.find('coding')
                rest = text[i + 6:]
                if rest[:1] in (':', '='):
                    name = rest[1:].strip().split()[0] if rest[1:].strip() else ''
                    name = ''.join(c for c in name if c.isalnum() or c in '-_.')
                    if name:
                        encoding = name
                break
            if text and not text.startswith('#'):
                break
    return data.decode(encoding)


def updatecache(filename, module_globals=None):
    """(Re)reads the file into the cache and returns its lines ([] when it cannot be
    found or read)."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    try:
        stat = os.stat(fullname)
    except OSError:
        basename = filename
        # A module whose loader can give its source (a zip import, a frozen module).
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                cache[filename] = (len(data), None,
                                   [line + '\n' for line in data.splitlines()], fullname)
                return cache[filename][2]
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, basename)
            except (TypeError, AttributeError):
                continue
            try:
                stat = os.stat(fullname)
                break
            except OSError:
                pass
        else:
            return []
    try:
        with open(fullname, 'rb') as fp:
            lines = _split(_decode(fp.read()))
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
        return []
    size, mtime = stat.st_size, stat.st_mtime
    cache[filename] = size, mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Remembers how to get the source of a module whose file may not be on disk, so that
    a later getlines can ask its loader. True if the entry is (now) there."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        spec = module_globals.get('__spec__')
        name = getattr(spec, 'name', None) or module_globals['__name__']
        loader = getattr(spec, 'loader', None)
        if loader is None:
            loader = module_globals.get('__loader__')
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            cache[filename] = (functools.partial(get_source, name),)
            return True
    return False
