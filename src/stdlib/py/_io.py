"""In-memory streams (Concurrency Kitchen's own `io`, registered under that name by
src/stdlib/native/reexport.ts): StringIO and BytesIO, the IOBase
class hierarchy they belong to, and the constants programs use
(https://docs.python.org/3/library/io.html). There is no file system, so open() and the
buffered file classes are not provided. Behaviour follows CPython's Lib/_pyio.py for
these classes (StringIO with its default newline='\\n', which stores text unchanged)."""

__all__ = ['IOBase', 'RawIOBase', 'BufferedIOBase', 'TextIOBase', 'StringIO', 'BytesIO',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """The base of every stream: closing, context management and line iteration."""

    _closed = False

    def _checkClosed(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def flush(self):
        self._checkClosed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None


class _MemoryIO:
    # The shared body of StringIO and BytesIO: a buffer and a position in it.

    def getvalue(self):
        self._checkClosed()
        return self._empty.join(self._chunks) if len(self._chunks) != 1 else self._chunks[0]

    def _flat(self):
        if len(self._chunks) != 1:
            self._chunks = [self._empty.join(self._chunks)]
        return self._chunks[0]

    def read(self, size=-1):
        self._checkClosed()
        buf = self._flat()
        if size is None or size < 0:
            size = len(buf)
        res = buf[self._pos:self._pos + size]
        self._pos += len(res)
        return res

    def readline(self, size=-1):
        self._checkClosed()
        buf = self._flat()
        end = buf.find(self._nl, self._pos)
        end = len(buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        res = buf[self._pos:end]
        self._pos = max(self._pos, end)
        return res

    def write(self, s):
        self._checkClosed()
        self._check_type(s)
        n = len(s)
        if n == 0:
            return 0
        end = sum(len(c) for c in self._chunks)
        if self._pos == end:
            self._chunks.append(s)
        else:
            buf = self._flat()
            if self._pos > len(buf):
                buf = buf + self._pad * (self._pos - len(buf))
            self._chunks = [buf[:self._pos] + s + buf[self._pos + n:]]
        self._pos += n
        return n

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._flat())
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, pos=None):
        self._checkClosed()
        if pos is None:
            pos = self._pos
        elif pos < 0:
            raise ValueError(f'Negative size value {pos}')
        self._chunks = [self._flat()[:pos]]
        return pos

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True


class StringIO(_MemoryIO, TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    _empty = ''
    _pad = '\0'
    _nl = '\n'

    def __init__(self, initial_value='', newline='\n'):
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is None:
            initial_value = ''
        self._check_type(initial_value)
        self._newline = newline
        self._chunks = [self._translate(initial_value)]
        self._pos = 0

    def _translate(self, s):
        if self._newline is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if self._newline not in ('', '\n'):
            return s.replace('\n', self._newline)
        return s

    def _check_type(self, s):
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')

    def write(self, s):
        self._check_type(s)
        _MemoryIO.write(self, self._translate(s))
        return len(s)

    @property
    def line_buffering(self):
        return False

    def __repr__(self):
        return f'<_io.StringIO object at {id(self):#x}>'


class BytesIO(_MemoryIO, BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _empty = b''
    _pad = b'\0'
    _nl = b'\n'

    def __init__(self, initial_bytes=b''):
        self._chunks = [bytes(initial_bytes)]
        self._pos = 0

    def _check_type(self, s):
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")

    def write(self, b):
        self._check_type(b)
        return _MemoryIO.write(self, bytes(b))

    def read1(self, size=-1):
        return self.read(size)

    def getbuffer(self):
        raise UnsupportedOperation('getbuffer')

    def __repr__(self):
        return f'<_io.BytesIO object at {id(self):#x}>'
