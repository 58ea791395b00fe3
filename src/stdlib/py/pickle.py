"""Object serialisation: Concurrency Kitchen's own `pickle` module (protocols 0 to 5).

Everything that crosses between our processes (Process targets and arguments, queue and
pipe messages, pool tasks and results) goes through this module, so its rules are
pickle's rules: module-level functions and classes travel by module and qualified name,
instances by class and state (object.__reduce_ex__, copyreg, __getstate__/__setstate__,
__getnewargs__/__getnewargs_ex__), the built-in containers and scalars by value.

Written from the documented format: the opcode list of pickletools, PEP 307 (protocol 2),
PEP 3154 (protocol 4: framing, STACK_GLOBAL, MEMOIZE, NEWOBJ_EX) and PEP 574 (protocol 5:
BYTEARRAY8 and out-of-band buffers). The Pickler follows the order of checks of python3's
C pickler (atoms, memo, built-in containers, reducer_override, dispatch_table, copyreg,
__reduce_ex__), so that `dumps` produces the same bytes as python3 for the same objects,
and raises the same errors with the same messages (a lambda: PicklingError "attribute
lookup <lambda> on __main__ failed"; a nested function: AttributeError "Can't pickle
local object ..."). The exception classes say `_pickle` as their module, as python3's do,
so tracebacks read the same.

Protocols 0-2 use Python 2 names when fix_imports is true (`__builtin__`, `copy_reg`,
`exceptions`, ...); the mapping below covers the modules a playground program reaches
(builtins, exceptions, copyreg, queue, itertools, functools, collections, _thread, ...).
"""

import sys
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache
from itertools import islice

try:
    # Runs of None/bool/int/float in native code, byte for byte what the code below writes
    # and reads (src/stdlib/native/pickle-atoms.ts), as python3 has _pickle under pickle.
    from _kitchen_pickle import dump_atoms as _dump_atoms, load_atoms as _load_atoms
except ImportError:
    _dump_atoms = _load_atoms = None

pack = unpack = None    # floats then go through _double_to_bytes / _bytes_to_double
if _dump_atoms is None:
    try:
        from struct import pack, unpack
    except ImportError:     # an engine without struct: binary64 by hand (BINFLOAT only)
        pass

def _raw_unicode_escape_encode(text):
    """text.encode('raw-unicode-escape') (Objects/unicodeobject.c), where that codec is missing:
    code points below 256 as one byte, the others as \\uXXXX or \\UXXXXXXXX."""
    try:
        return text.encode('raw-unicode-escape')
    except LookupError:
        pass
    out = []
    for ch in text:
        c = ord(ch)
        if c < 0x100:
            out.append(ch)
        elif c < 0x10000:
            out.append('\\u%04x' % c)
        else:
            out.append('\\U%08x' % c)
    return ''.join(out).encode('latin-1')


def _raw_unicode_escape_decode(data):
    """str(data, 'raw-unicode-escape'), where that codec is missing: \\uXXXX and \\UXXXXXXXX
    after an odd number of backslashes are escapes, every other byte is its code point."""
    try:
        return str(data, 'raw-unicode-escape')
    except LookupError:
        pass
    text = data.decode('latin-1')
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == '\\':
            j = i
            while j < n and text[j] == '\\':
                j += 1
            run = j - i
            if run % 2 == 1 and j < n and text[j] in 'uU':
                out.append('\\' * (run - 1))
                width = 4 if text[j] == 'u' else 8
                digits = text[j + 1:j + 1 + width]
                if len(digits) != width:
                    raise UnicodeDecodeError('rawunicodeescape', data, i, n, 'truncated \\uXXXX escape')
                out.append(chr(int(digits, 16)))
                i = j + 1 + width
            else:
                out.append('\\' * run)
                i = j
        else:
            out.append(ch)
            i += 1
    return ''.join(out)


def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    """_codecs.encode, for pickles of bytes at protocols 0-2 where there is no codecs."""
    return obj.encode(encoding, errors)


# Stands for _codecs.encode in a pickle where the module does not exist.
_CODECS_ENCODE = _codecs_encode


def _native_without_reduce(t):
    """A type written in the engine (no class statement made it) whose instances would be
    pickled by object's own __reduce_ex__, which python3 refuses for C types."""
    if t is object or getattr(t, '__reduce_ex__', None) is not object.__reduce_ex__ \
            or getattr(t, '__reduce__', None) is not object.__reduce__:
        return False
    for c in t.__mro__[:-1]:
        if '__dict__' in c.__dict__ or '__slots__' in c.__dict__:
            return False
    return True


def _reduce_builtin_function(f):
    # Objects/methodobject.c meth_reduce: a function of a module goes by its qualified
    # name; a method bound to an object as getattr(object, name).
    owner = getattr(f, '__self__', None)
    if owner is None or type(owner) is type(sys):
        return f.__qualname__
    return (getattr, (owner, f.__name__))


# What python3's builtin types answer to __reduce_ex__ where an engine's own may not say the
# same (Objects/sliceobject.c slice_reduce, Objects/rangeobject.c range_reduce).
_BUILTIN_REDUCE = {
    slice: lambda s: (slice, (s.start, s.stop, s.step)),
    range: lambda r: (range, (r.start, r.stop, r.step)),
    type(len): _reduce_builtin_function,
}

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "PickleBuffer", "HIGHEST_PROTOCOL",
           "DEFAULT_PROTOCOL"]

bytes_types = (bytes, bytearray)
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
# python3.11's default (PEP 3154's protocol 4 became the default in 3.8).
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the dump() method."""


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object."""


# python3's pickle re-exports these from its C accelerator, so tracebacks name `_pickle`.
for _c in (PickleError, PicklingError, UnpicklingError):
    _c.__module__ = '_pickle'
del _c


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


try:
    # Our engine has _kitchen_pickle and no _pickle: no failed import there (a failed
    # import costs a new process's start-up an exception).
    if _dump_atoms is not None:
        raise ImportError
    from _pickle import PickleBuffer
except ImportError:
    class PickleBuffer:
        """Wraps a buffer so that protocol 5 can send it out of band (PEP 574)."""

        def __init__(self, buffer):
            self._view = memoryview(buffer)

        def raw(self):
            if self._view is None:
                raise ValueError("operation forbidden on released PickleBuffer object")
            return self._view.cast('B') if self._view.format != 'B' else self._view

        def release(self):
            if self._view is not None:
                self._view.release()
            self._view = None

        def __reduce_ex__(self, protocol):
            raise TypeError("cannot pickle 'pickle.PickleBuffer' object")
    PickleBuffer.__module__ = 'pickle'

# ---------------------------------------------------------------------------------------
# Opcodes (pickletools' documentation lists each one with its argument and stack effect).

MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_TUPLE_BY_SIZE = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
_BATCH = 1000               # items per APPENDS / SETITEMS / ADDITEMS, as python3
_FRAME_TARGET = 64 * 1024   # PEP 3154: frames of about 64 KiB
_FRAME_MIN = 4              # a smaller frame is written without its FRAME header
# Opcodes _load_atoms decodes (NONE, NEWTRUE, NEWFALSE, BININT1, BININT2, BININT, LONG1,
# BINFLOAT).
_ATOM_OPS = frozenset(b'N\x88\x89KMJ\x8aG')

# ---------------------------------------------------------------------------------------
# Python 2 names for protocols 0-2 (fix_imports). Module renames, then renamed globals.

_PY3_TO_PY2_MODULE = {
    'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
    'socketserver': 'SocketServer', 'configparser': 'ConfigParser', 'reprlib': 'repr',
    '_thread': 'thread', '_dummy_thread': 'dummy_thread', '_markupbase': 'markupbase',
    'winreg': '_winreg', 'subprocess': 'commands', 'collections.abc': '_abcoll',
    '_functools': 'functools', '_pickle': 'pickle', '_bz2': 'bz2', 'dbm': 'anydbm',
    'urllib.parse': 'urlparse', 'urllib.request': 'urllib2', 'http.client': 'httplib',
    'html.parser': 'HTMLParser', 'http.cookies': 'Cookie', 'xmlrpc.client': 'xmlrpclib',
}
_PY2_TO_PY3_MODULE = {v: k for k, v in _PY3_TO_PY2_MODULE.items()}
_PY2_TO_PY3_MODULE.update({'cPickle': 'pickle', 'cStringIO': 'io', 'StringIO': 'io',
                           'UserDict': 'collections', 'UserList': 'collections',
                           'UserString': 'collections', 'exceptions': 'builtins'})

# Builtin exceptions were in the `exceptions` module; the OSError family collapsed.
_OSERROR_FAMILY = ('BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError '
                   'ConnectionRefusedError ConnectionResetError FileExistsError '
                   'FileNotFoundError InterruptedError IsADirectoryError NotADirectoryError '
                   'PermissionError ProcessLookupError TimeoutError').split()
_PY2_EXCEPTIONS = ('ArithmeticError AssertionError AttributeError BaseException BufferError '
                   'BytesWarning DeprecationWarning EOFError EnvironmentError Exception '
                   'FloatingPointError FutureWarning GeneratorExit IOError ImportError '
                   'ImportWarning IndentationError IndexError KeyError KeyboardInterrupt '
                   'LookupError MemoryError NameError NotImplementedError OSError '
                   'OverflowError PendingDeprecationWarning ReferenceError RuntimeError '
                   'RuntimeWarning StopIteration SyntaxError SyntaxWarning SystemError '
                   'SystemExit TabError TypeError UnboundLocalError UnicodeDecodeError '
                   'UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning '
                   'UserWarning ValueError Warning ZeroDivisionError').split()

_PY3_TO_PY2_NAME = {
    ('builtins', 'chr'): ('__builtin__', 'unichr'),
    ('builtins', 'filter'): ('itertools', 'ifilter'),
    ('builtins', 'int'): ('__builtin__', 'long'),
    ('builtins', 'map'): ('itertools', 'imap'),
    ('builtins', 'range'): ('__builtin__', 'xrange'),
    ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'zip'): ('itertools', 'izip'),
    ('builtins', 'ModuleNotFoundError'): ('exceptions', 'ImportError'),
    ('functools', 'reduce'): ('__builtin__', 'reduce'),
    ('_functools', 'reduce'): ('__builtin__', 'reduce'),
    ('sys', 'intern'): ('__builtin__', 'intern'),
    ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
    ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
    ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
    ('collections', 'UserList'): ('UserList', 'UserList'),
    ('collections', 'UserString'): ('UserString', 'UserString'),
    ('_socket', 'socket'): ('socket', '_socketobject'),
    ('socket', 'fromfd'): ('_socket', 'fromfd'),
    ('multiprocessing.context', 'Process'): ('multiprocessing.process', 'Process'),
    ('multiprocessing.context', 'ProcessError'): ('multiprocessing', 'ProcessError'),
    ('multiprocessing.context', 'TimeoutError'): ('multiprocessing', 'TimeoutError'),
    ('multiprocessing.context', 'BufferTooShort'): ('multiprocessing', 'BufferTooShort'),
    ('multiprocessing.context', 'AuthenticationError'): ('multiprocessing', 'AuthenticationError'),
    ('multiprocessing.connection', 'Connection'): ('_multiprocessing', 'Connection'),
}
for _n in _PY2_EXCEPTIONS:
    _PY3_TO_PY2_NAME[('builtins', _n)] = ('exceptions', _n)
for _n in _OSERROR_FAMILY:
    _PY3_TO_PY2_NAME[('builtins', _n)] = ('exceptions', 'OSError')
_PY2_TO_PY3_NAME = {
    ('__builtin__', 'unichr'): ('builtins', 'chr'), ('__builtin__', 'long'): ('builtins', 'int'),
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'basestring'): ('builtins', 'str'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
    ('__builtin__', 'raw_input'): ('builtins', 'input'),
    ('itertools', 'ifilter'): ('builtins', 'filter'), ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
    ('UserDict', 'IterableUserDict'): ('collections', 'UserDict'),
    ('UserDict', 'UserDict'): ('collections', 'UserDict'),
}
for _n in _PY2_EXCEPTIONS:
    _PY2_TO_PY3_NAME[('exceptions', _n)] = ('builtins', _n)
_PY2_TO_PY3_NAME[('exceptions', 'StandardError')] = ('builtins', 'Exception')
del _n

# ---------------------------------------------------------------------------------------
# Helpers


_intern = getattr(sys, 'intern', lambda s: s)


def _encode_long(x):
    """Two's complement, little-endian, as few bytes as possible (LONG1/LONG4 payload)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    data = x.to_bytes(nbytes, 'little', signed=True)
    # A negative number whose top byte is only sign extension can drop it.
    if x < 0 and nbytes > 1 and data[-1] == 0xff and data[-2] & 0x80:
        data = data[:-1]
    return data


def _decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


def _double_to_bytes(x):
    """IEEE 754 binary64, big-endian (BINFLOAT's argument)."""
    if _dump_atoms is not None:
        return _dump_atoms([x], 2)[1:]
    import math
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    if x != x:
        exp, mant = 0x7ff, 1 << 51
    elif math.isinf(x):
        exp, mant = 0x7ff, 0
    elif x == 0:
        exp, mant = 0, 0
    else:
        m, e = math.frexp(abs(x))       # abs(x) = m * 2**e, 0.5 <= m < 1
        if e - 1 < -1022:               # subnormal
            exp, mant = 0, int(math.ldexp(abs(x), 1074))
        else:
            exp, mant = e - 1 + 1023, int(math.ldexp(2 * m - 1, 52))
    return ((sign << 63) | (exp << 52) | mant).to_bytes(8, 'big')


def _bytes_to_double(data):
    if _load_atoms is not None:
        return _load_atoms(BINFLOAT + data, 0)[0][0]
    import math
    bits = int.from_bytes(data, 'big')
    sign = -1.0 if bits >> 63 else 1.0
    exp = (bits >> 52) & 0x7ff
    mant = bits & ((1 << 52) - 1)
    if exp == 0x7ff:
        return sign * (math.inf if mant == 0 else math.nan)
    if exp == 0:
        return math.copysign(math.ldexp(mant, -1074), sign)
    return math.copysign(math.ldexp(mant | (1 << 52), exp - 1075), sign)


def _dotted_path(name, obj=None):
    parts = name.split('.')
    if '<locals>' in parts:
        if obj is None:
            raise AttributeError("Can't pickle local object %r" % (name,))
        raise AttributeError("Can't pickle local attribute %r on %r" % (name, obj))
    return parts


def _lookup_path(obj, parts):
    """Follows an attribute path; returns (value, the object that held it)."""
    parent = None
    for part in parts:
        parent = obj
        obj = getattr(obj, part)
    return obj, parent


def whichmodule(obj, name):
    """The name of the module obj can be imported from (its __module__, else a search)."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    parts = name.split('.')
    for module_name, module in sys.modules.copy().items():
        if module_name in ('__main__', '__mp_main__') or module is None:
            continue
        try:
            if _lookup_path(module, parts)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


# ---------------------------------------------------------------------------------------
# The pickler


class _Output:
    """Collects what dump() writes; with framing (protocol 4+), one frame at a time."""

    def __init__(self, file_write):
        self.file_write = file_write
        self.frame = None           # list of byte strings of the open frame, or None
        self.frame_len = 0

    def start_framing(self):
        self.frame = []
        self.frame_len = 0

    def end_framing(self):
        if self.frame is not None and self.frame_len:
            self.commit(True)
        self.frame = None

    def commit(self, force=False):
        if self.frame is None or not (force or self.frame_len >= _FRAME_TARGET):
            return
        if self.frame_len:
            data = b''.join(self.frame)
            if len(data) >= _FRAME_MIN:
                self.file_write(FRAME + len(data).to_bytes(8, 'little'))
            self.file_write(data)
        self.frame = []
        self.frame_len = 0

    def write(self, data):
        if self.frame is not None:
            self.frame.append(data)
            self.frame_len += len(data)
        else:
            self.file_write(data)

    def write_large(self, header, payload):
        # A payload of a frame's size or more is written outside any frame, so that a
        # reader can read it straight into place.
        if self.frame is not None:
            self.commit(True)
        self.file_write(header)
        self.file_write(bytes(payload))


# Pickler classes whose save() and atom savers are pickle's own (Pickler._atoms).
_PLAIN_PICKLERS = {}


class Pickler:
    """Writes a pickled representation of objects to a binary file."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self._buffer_callback = buffer_callback
        self._out = _Output(file_write)
        self.write = self._out.write
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3

    def clear_memo(self):
        """Forgets the objects already pickled, so they are written again in full."""
        self.memo.clear()

    def dump(self, obj):
        """Writes a pickled representation of obj to the open file."""
        if not hasattr(self, "_out"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % (self.__class__.__name__,))
        if self.proto >= 2:
            self.write(PROTO + bytes((self.proto,)))
        if self.proto >= 4:
            self._out.start_framing()
        try:
            self.save(obj)
        except RecursionError as e:
            if str(e) != "maximum recursion depth exceeded":
                raise
            # python3's C pickler names what it was doing.
            raise RecursionError("maximum recursion depth exceeded while pickling an object") from None
        self.write(STOP)
        self._out.end_framing()

    # -- memo ---------------------------------------------------------------------------

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self._put(idx))
        self.memo[id(obj)] = idx, obj

    def _put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return BINPUT + bytes((idx,))
            return LONG_BINPUT + idx.to_bytes(4, 'little')
        return PUT + repr(idx).encode('ascii') + b'\n'

    def _get(self, idx):
        if self.bin:
            if idx < 256:
                return BINGET + bytes((idx,))
            return LONG_BINGET + idx.to_bytes(4, 'little')
        return GET + repr(idx).encode('ascii') + b'\n'

    # -- the dispatcher -----------------------------------------------------------------

    def save(self, obj, save_persistent_id=True):
        self._out.commit()
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        t = type(obj)
        # Atoms are never memoized (python3's C pickler checks them before the memo).
        if obj is None:
            self.write(NONE)
            return
        if t is bool:
            self.save_bool(obj)
            return
        if t is int:
            self.save_long(obj)
            return
        if t is float:
            self.save_float(obj)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self._get(x[0]))
            return
        if obj is _CODECS_ENCODE:
            self.write(GLOBAL + b'_codecs\nencode\n')
            self.memoize(obj)
            return
        f = self._builtin_savers.get(t)
        if f is not None:
            f(self, obj)
            return
        rv = NotImplemented
        reducer_override = getattr(self, "reducer_override", None)
        if reducer_override is not None:
            rv = reducer_override(obj)
        if rv is NotImplemented:
            if t is type or t is _FunctionType:
                self.save_type(obj) if t is type else self.save_global(obj)
                return
            table = getattr(self, 'dispatch_table', None)
            if table is None:
                table = dispatch_table
            reduce = table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif t in _BUILTIN_REDUCE:
                rv = _BUILTIN_REDUCE[t](obj)
            elif self.proto >= 2 and _native_without_reduce(t):
                # python3's object.__reduce_ex__ refuses a C type's instances it cannot
                # rebuild (Objects/typeobject.c object_getstate); protocols 0-1 go through
                # copyreg._reduce_ex, which fails later, on the class's name.
                name = t.__qualname__ if t.__module__ == 'builtins' else t.__module__ + '.' + t.__qualname__
                raise TypeError(f"cannot pickle {name!r} object")
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                reduce = getattr(obj, "__reduce_ex__", None)
                if reduce is not None:
                    rv = reduce(self.proto)
                else:
                    reduce = getattr(obj, "__reduce__", None)
                    if reduce is not None:
                        rv = reduce()
                    else:
                        raise PicklingError("Can't pickle %r object: %r" % (t.__name__, obj))
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def persistent_id(self, obj):
        """Subclasses return a non-None id to pickle obj by reference (PERSID)."""
        return None

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                from functools import partial
                save(partial(cls.__new__, cls, *args, **kwargs))
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            # Already memoized while saving the arguments: obj refers to itself. Drop what
            # was built and fetch the first copy.
            if id(obj) in self.memo:
                write(POP + self._get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # -- atoms --------------------------------------------------------------------------

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if self.bin:
            if 0 <= obj <= 0xff:
                self.write(BININT1 + bytes((obj,)))
                return
            if 0 <= obj <= 0xffff:
                self.write(BININT2 + obj.to_bytes(2, 'little'))
                return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + obj.to_bytes(4, 'little', signed=True))
                return
        if self.proto >= 2:
            data = _encode_long(obj)
            if len(data) < 256:
                self.write(LONG1 + bytes((len(data),)) + data)
            else:
                self.write(LONG4 + len(data).to_bytes(4, 'little', signed=True) + data)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + repr(obj).encode("ascii") + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + (pack('>d', obj) if pack else _double_to_bytes(obj)))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')

    # -- strings and bytes --------------------------------------------------------------

    def _write_large(self, header, payload):
        if self.proto >= 4:
            self._out.write_large(header, payload)
        else:
            self.write(header)
            self.write(bytes(payload))

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                try:
                    import codecs
                    encode = codecs.encode
                except ImportError:
                    encode = _CODECS_ENCODE
                self.save_reduce(encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + bytes((n,)) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINBYTES8 + n.to_bytes(8, 'little'), obj)
        elif n >= _FRAME_TARGET:
            self._write_large(BINBYTES + n.to_bytes(4, 'little'), obj)
        else:
            self.write(BINBYTES + n.to_bytes(4, 'little') + obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        n = len(obj)
        if n >= _FRAME_TARGET:
            self._write_large(BYTEARRAY8 + n.to_bytes(8, 'little'), obj)
        else:
            self.write(BYTEARRAY8 + n.to_bytes(8, 'little') + bytes(obj))
        self.memoize(obj)

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        with obj.raw() as m:
            if not m.contiguous:
                raise PicklingError("PickleBuffer can not be pickled when pointing to a "
                                    "non-contiguous buffer")
            in_band = True
            if self._buffer_callback is not None:
                in_band = bool(self._buffer_callback(obj))
            if in_band:
                if m.readonly:
                    self.save_bytes(m.tobytes())
                else:
                    self.save_bytearray(m.tobytes())
            else:
                self.write(NEXT_BUFFER)
                if m.readonly:
                    self.write(READONLY_BUFFER)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + bytes((n,)) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large(BINUNICODE8 + n.to_bytes(8, 'little'), encoded)
            elif n >= _FRAME_TARGET:
                self._write_large(BINUNICODE + n.to_bytes(4, 'little'), encoded)
            else:
                self.write(BINUNICODE + n.to_bytes(4, 'little') + encoded)
        else:
            # Protocol 0: raw-unicode-escape, with the characters that would end the line
            # or confuse the escape written as \\uXXXX.
            text = (obj.replace("\\", "\\u005c").replace("\0", "\\u0000")
                    .replace("\n", "\\u000a").replace("\r", "\\u000d")
                    .replace("\x1a", "\\u001a"))
            self.write(UNICODE + _raw_unicode_escape_encode(text) + b'\n')
        self.memoize(obj)

    # -- containers ---------------------------------------------------------------------

    def _atoms(self, items, extra):
        """The opcodes save() would write for items when all are None/bool/int/float and
        nothing could see the difference: this class's save and savers are pickle's own,
        no persistent_id, and no frame would be committed between them (writing `extra`
        more bytes around them)."""
        if _dump_atoms is None or not self.bin:
            return None
        cls = type(self)
        plain = _PLAIN_PICKLERS.get(cls)
        if plain is None:
            plain = _PLAIN_PICKLERS[cls] = all(
                getattr(cls, name, None) is getattr(Pickler, name)
                for name in ('save', 'save_long', 'save_float', 'save_bool', 'persistent_id'))
        if not plain or 'persistent_id' in self.__dict__:
            return None
        data = _dump_atoms(items, self.proto)
        if data is None:
            return None
        out = self._out
        if out.frame is not None and out.frame_len + len(data) + extra >= _FRAME_TARGET:
            return None
        return data

    def save_tuple(self, obj):
        write = self.write
        if not obj:
            write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        if n > 3:
            data = self._atoms(obj, 1)
            if data is not None:
                # Atoms cannot reach the tuple, so it is not in the memo yet.
                write(MARK + data + TUPLE)
                self.memoize(obj)
                return
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for item in obj:
                save(item)
            if id(obj) in memo:
                # The tuple was reached through its own items: keep that copy.
                write(POP * n + self._get(memo[id(obj)][0]))
            else:
                write(_TUPLE_BY_SIZE[n])
                self.memoize(obj)
            return
        write(MARK)
        for item in obj:
            save(item)
        if id(obj) in memo:
            get = self._get(memo[id(obj)][0])
            write(POP_MARK + get if self.bin else POP * (n + 1) + get)
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        write = self.write
        write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        # _batch_appends inlined: one Python frame less per nesting level, so nested
        # lists reach deeper before RecursionError (python3's C pickler uses none).
        save = self.save
        if not self.bin:
            for x in obj:
                save(x)
                write(APPEND)
            return
        n = len(obj)
        for start in range(0, n, _BATCH):
            batch = obj[start:start + _BATCH]
            if len(batch) > 1:
                data = self._atoms(batch, 1)
                if data is not None:
                    write(MARK + data + APPENDS)
                    continue
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            elif batch:
                save(batch[0])
                write(APPEND)

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            batch = list(islice(it, _BATCH))
            if len(batch) > 1:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            elif batch:
                save(batch[0])
                write(APPEND)
            if len(batch) < _BATCH:
                return

    def save_dict(self, obj):
        write = self.write
        write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        save = self.save
        if not self.bin:
            for k, v in obj.items():
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(obj.items())
        while True:
            batch = list(islice(it, _BATCH))
            if len(batch) > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif batch:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)
            if len(batch) < _BATCH:
                return

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            batch = list(islice(it, _BATCH))
            if len(batch) > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif batch:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)
            if len(batch) < _BATCH:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        it = iter(obj)
        while True:
            batch = list(islice(it, _BATCH))
            if batch:
                self.write(MARK)
                for item in batch:
                    self.save(item)
                self.write(ADDITEMS)
            if len(batch) < _BATCH:
                return

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self._get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    # -- globals ------------------------------------------------------------------------

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        parts = _dotted_path(name)
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError, ValueError):
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            obj2, parent = _lookup_path(module, parts)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + bytes((code,)))
                elif code <= 0xffff:
                    write(EXT2 + code.to_bytes(2, 'little'))
                else:
                    write(EXT4 + code.to_bytes(4, 'little', signed=True))
                return
        lastname = parts[-1]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        elif self.proto >= 3:
            write(GLOBAL + module_name.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n')
        else:
            if self.fix_imports:
                if (module_name, name) in _PY3_TO_PY2_NAME:
                    module_name, name = _PY3_TO_PY2_NAME[(module_name, name)]
                elif module_name in _PY3_TO_PY2_MODULE:
                    module_name = _PY3_TO_PY2_MODULE[module_name]
            try:
                write(GLOBAL + module_name.encode('ascii') + b'\n' + name.encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle "
                                    "protocol %i" % (module_name, name, self.proto)) from None
        self.memoize(obj)

    def save_type(self, obj):
        # The types of the singletons have no importable name; they are rebuilt by calling
        # type() on the singleton.
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    _builtin_savers = {}


def _f():
    pass


_FunctionType = type(_f)
del _f

Pickler._builtin_savers.update({
    bytes: Pickler.save_bytes, str: Pickler.save_str, dict: Pickler.save_dict,
    set: Pickler.save_set, frozenset: Pickler.save_frozenset, list: Pickler.save_list,
    tuple: Pickler.save_tuple, bytearray: Pickler.save_bytearray,
    PickleBuffer: Pickler.save_picklebuffer,
})
# Kept for code that looks at Pickler.dispatch (python3's pure-Python pickler has it).
Pickler.dispatch = Pickler._builtin_savers


# ---------------------------------------------------------------------------------------
# The unpickler


class _Input:
    """Reads the pickle stream; inside a FRAME, reads come from the frame's bytes."""

    def __init__(self, file):
        self.file_read = file.read
        self.file_readline = file.readline
        self.readinto = getattr(file, 'readinto', None)
        self.frame = None
        self.pos = 0

    def read(self, n):
        if self.frame is not None:
            if self.pos + n <= len(self.frame):
                data = self.frame[self.pos:self.pos + n]
                self.pos += n
                return data
            if self.pos < len(self.frame):
                raise UnpicklingError("pickle exhausted before end of frame")
            self.frame = None
        data = self.file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def read_opcode(self):
        # An opcode missing at the end of the input is "Ran out of input" (EOFError),
        # a missing argument is truncated data, as python3 reports them.
        if self.frame is not None and self.pos < len(self.frame):
            self.pos += 1
            return self.frame[self.pos - 1:self.pos]
        self.frame = None
        key = self.file_read(1)
        if not key:
            raise EOFError("Ran out of input")
        return key

    def readline(self):
        if self.frame is not None:
            end = self.frame.find(b'\n', self.pos)
            if end >= 0:
                data = self.frame[self.pos:end + 1]
                self.pos = end + 1
                return data
            if self.pos < len(self.frame):
                raise UnpicklingError("pickle exhausted before end of frame")
            self.frame = None
        data = self.file_readline()
        if not data.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return data

    def load_frame(self, size):
        if self.frame is not None and self.pos < len(self.frame):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        self.frame = self.file_read(size)
        self.pos = 0
        if len(self.frame) < size:
            raise UnpicklingError("pickle data was truncated")


class _BytesFile:
    """The minimal file loads() reads from (no dependency on io)."""

    def __init__(self, data):
        self.data = bytes(data) if not isinstance(data, bytes) else data
        self.pos = 0

    def read(self, n=-1):
        if n < 0:
            n = len(self.data) - self.pos
        chunk = self.data[self.pos:self.pos + n]
        self.pos += len(chunk)
        return chunk

    def readline(self):
        end = self.data.find(b'\n', self.pos)
        end = len(self.data) if end < 0 else end + 1
        chunk = self.data[self.pos:end]
        self.pos = end
        return chunk


class _ListFile:
    def __init__(self):
        self.parts = []
        self.write = self.parts.append


# Unpickler classes whose atom loaders are pickle's own (Unpickler.load).
_PLAIN_UNPICKLERS = {}


def _plain_unpickler(cls):
    plain = _PLAIN_UNPICKLERS.get(cls)
    if plain is None:
        plain = _PLAIN_UNPICKLERS[cls] = all(
            getattr(cls, name, None) is getattr(Unpickler, name)
            for name in ('_dispatch', 'load_none', 'load_true', 'load_false', 'load_binint',
                         'load_binint1', 'load_binint2', 'load_long1', 'load_binfloat'))
    return plain


class Unpickler:
    """Reads a pickled object representation from a binary file."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file = file
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        """Reads one pickled object from the file and returns it."""
        if not hasattr(self, "_file"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % (self.__class__.__name__,))
        self._in = _Input(self._file)
        self.read = self._in.read
        self.readline = self._in.readline
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        dispatch = self._dispatch
        read = self.read
        inp = self._in
        atoms = _load_atoms if _plain_unpickler(type(self)) else None
        try:
            while True:
                key = inp.read_opcode()
                if atoms is not None and key[0] in _ATOM_OPS and inp.frame is not None:
                    # A run of atoms in this frame at once (what the loaders below do).
                    start = inp.pos - 1
                    values, end = atoms(inp.frame, start)
                    if end != start:
                        inp.pos = end
                        self.stack.extend(values)
                        continue
                f = dispatch.get(key[0])
                if f is None:
                    if 32 < key[0] < 127:
                        raise UnpicklingError("invalid load key, '%s'." % chr(key[0]))
                    raise UnpicklingError("invalid load key, '\\x%02x'." % key[0])
                f(self)
        except _Stop as stop:
            return stop.value

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _underflow(self):
        # Reaching below a MARK is its own error in python3.
        if self.metastack:
            raise UnpicklingError("unexpected MARK found")
        raise UnpicklingError("unpickling stack underflow")

    def _pop(self):
        if not self.stack:
            self._underflow()
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            self._underflow()
        return self.stack[-1]

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, but no "
                              "persistent_load function was specified.")

    def find_class(self, module, name):
        """Returns the object named module.name (imported if needed)."""
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _PY2_TO_PY3_NAME:
                module, name = _PY2_TO_PY3_NAME[(module, name)]
            elif module in _PY2_TO_PY3_MODULE:
                module = _PY2_TO_PY3_MODULE[module]
        if (module, name) == ('_codecs', 'encode'):
            try:
                __import__(module, level=0)
            except ImportError:
                return _codecs_encode
        __import__(module, level=0)
        if self.proto >= 4:
            try:
                return _lookup_path(sys.modules[module], name.split('.'))[0]
            except AttributeError:
                raise AttributeError("Can't get attribute %r on %r" % (name, sys.modules[module])) from None
        try:
            return getattr(sys.modules[module], name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, sys.modules[module])) from None

    # -- opcode handlers ----------------------------------------------------------------

    def _decode_str8(self, value):
        # Python 2 str: decoded with the encoding given to the Unpickler ('bytes' keeps it).
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_proto(self):
        proto = self.read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        self._in.load_frame(int.from_bytes(self.read(8), 'little'))

    def load_persid(self):
        try:
            pid = self.readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        pid = self._pop()
        self.append(self.persistent_load(pid))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self.readline()
        if data == b'I00\n'[1:]:
            self.append(False)
        elif data == b'I01\n'[1:]:
            self.append(True)
        else:
            self.append(int(data, 0))

    def load_binint(self):
        self.append(int.from_bytes(self.read(4), 'little', signed=True))

    def load_binint1(self):
        self.append(self.read(1)[0])

    def load_binint2(self):
        self.append(int.from_bytes(self.read(2), 'little'))

    def load_long(self):
        val = self.readline()[:-1]
        if val and val[-1] == ord('L'):
            val = val[:-1]
        self.append(int(val, 0))

    def load_long1(self):
        n = self.read(1)[0]
        self.append(_decode_long(self.read(n)))

    def load_long4(self):
        n = int.from_bytes(self.read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(_decode_long(self.read(n)))

    def load_float(self):
        # python3's float() takes the bytes as they are; decoding first is the same number
        # for the ASCII repr a pickle holds, and works where float() wants a str.
        self.append(float(self.readline()[:-1].decode('latin-1')))

    def load_binfloat(self):
        data = self.read(8)
        self.append(unpack('>d', data)[0] if unpack else _bytes_to_double(data))

    def load_string(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        import codecs
        self.append(self._decode_str8(codecs.escape_decode(data)[0]))

    def load_binstring(self):
        n = int.from_bytes(self.read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_str8(self.read(n)))

    def load_short_binstring(self):
        n = self.read(1)[0]
        self.append(self._decode_str8(self.read(n)))

    def load_binbytes(self):
        n = int.from_bytes(self.read(4), 'little')
        self.append(self.read(n))

    def load_short_binbytes(self):
        self.append(self.read(self.read(1)[0]))

    def load_binbytes8(self):
        self.append(self.read(int.from_bytes(self.read(8), 'little')))

    def load_bytearray8(self):
        self.append(bytearray(self.read(int.from_bytes(self.read(8), 'little'))))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no "
                                  "*buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)

    def load_readonly_buffer(self):
        buf = self._top()
        with memoryview(buf) as m:
            if not m.readonly:
                self.stack[-1] = m.toreadonly()

    def load_unicode(self):
        self.append(_raw_unicode_escape_decode(self.readline()[:-1]))

    def load_binunicode(self):
        n = int.from_bytes(self.read(4), 'little')
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n = int.from_bytes(self.read(8), 'little')
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        n = self.read(1)[0]
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        self.stack[-1] = (self._top(),)

    def load_tuple2(self):
        b = self._pop()
        a = self._pop()
        self.append((a, b))

    def load_tuple3(self):
        c = self._pop()
        b = self._pop()
        a = self._pop()
        self.append((a, b, c))

    def load_empty_list(self):
        self.append([])

    def load_empty_dictionary(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)),
                                err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self.readline()[:-1].decode("ascii")
        name = self.readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        args = self.pop_mark()
        self._instantiate(klass, args)

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self.readline()[:-1].decode("utf-8")
        name = self.readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def _load_ext(self, code):
        obj = _extension_cache.get(code, self)
        if obj is not self:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def load_ext1(self):
        self._load_ext(self.read(1)[0])

    def load_ext2(self):
        self._load_ext(int.from_bytes(self.read(2), 'little'))

    def load_ext4(self):
        self._load_ext(int.from_bytes(self.read(4), 'little', signed=True))

    def load_reduce(self):
        args = self._pop()
        func = self._top()
        self.stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self.pop_mark()
        else:
            raise UnpicklingError("unpickling stack underflow")

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self._top())

    def _memo_get(self, idx):
        try:
            self.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None

    def load_get(self):
        self._memo_get(int(self.readline()[:-1]))

    def load_binget(self):
        self._memo_get(self.read(1)[0])

    def load_long_binget(self):
        self._memo_get(int.from_bytes(self.read(4), 'little'))

    def load_put(self):
        idx = int(self.readline()[:-1])
        if idx < 0:
            raise ValueError("negative PUT argument")
        self.memo[idx] = self._top()

    def load_binput(self):
        self.memo[self.read(1)[0]] = self._top()

    def load_long_binput(self):
        idx = int.from_bytes(self.read(4), 'little')
        if idx > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[idx] = self._top()

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def load_append(self):
        value = self._pop()
        self._top().append(value)

    def load_appends(self):
        items = self.pop_mark()
        target = self._top()
        if isinstance(target, list):
            target.extend(items)
            return
        extend = getattr(target, 'extend', None)
        if extend is not None:
            extend(items)
        else:
            for item in items:
                target.append(item)

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def load_setitems(self):
        items = self.pop_mark()
        target = self._top()
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    k = _intern(k)
                inst_dict[k] = v
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        raise _Stop(self._pop())

    _dispatch = {}


Unpickler._dispatch.update({op[0]: fn for op, fn in [
    (PROTO, Unpickler.load_proto), (FRAME, Unpickler.load_frame),
    (PERSID, Unpickler.load_persid), (BINPERSID, Unpickler.load_binpersid),
    (NONE, Unpickler.load_none), (NEWFALSE, Unpickler.load_false),
    (NEWTRUE, Unpickler.load_true), (INT, Unpickler.load_int),
    (BININT, Unpickler.load_binint), (BININT1, Unpickler.load_binint1),
    (BININT2, Unpickler.load_binint2), (LONG, Unpickler.load_long),
    (LONG1, Unpickler.load_long1), (LONG4, Unpickler.load_long4),
    (FLOAT, Unpickler.load_float), (BINFLOAT, Unpickler.load_binfloat),
    (STRING, Unpickler.load_string), (BINSTRING, Unpickler.load_binstring),
    (SHORT_BINSTRING, Unpickler.load_short_binstring), (BINBYTES, Unpickler.load_binbytes),
    (SHORT_BINBYTES, Unpickler.load_short_binbytes), (BINBYTES8, Unpickler.load_binbytes8),
    (BYTEARRAY8, Unpickler.load_bytearray8), (NEXT_BUFFER, Unpickler.load_next_buffer),
    (READONLY_BUFFER, Unpickler.load_readonly_buffer), (UNICODE, Unpickler.load_unicode),
    (BINUNICODE, Unpickler.load_binunicode), (BINUNICODE8, Unpickler.load_binunicode8),
    (SHORT_BINUNICODE, Unpickler.load_short_binunicode), (TUPLE, Unpickler.load_tuple),
    (EMPTY_TUPLE, Unpickler.load_empty_tuple), (TUPLE1, Unpickler.load_tuple1),
    (TUPLE2, Unpickler.load_tuple2), (TUPLE3, Unpickler.load_tuple3),
    (EMPTY_LIST, Unpickler.load_empty_list), (EMPTY_DICT, Unpickler.load_empty_dictionary),
    (EMPTY_SET, Unpickler.load_empty_set), (FROZENSET, Unpickler.load_frozenset),
    (LIST, Unpickler.load_list), (DICT, Unpickler.load_dict), (INST, Unpickler.load_inst),
    (OBJ, Unpickler.load_obj), (NEWOBJ, Unpickler.load_newobj),
    (NEWOBJ_EX, Unpickler.load_newobj_ex), (GLOBAL, Unpickler.load_global),
    (STACK_GLOBAL, Unpickler.load_stack_global), (EXT1, Unpickler.load_ext1),
    (EXT2, Unpickler.load_ext2), (EXT4, Unpickler.load_ext4), (REDUCE, Unpickler.load_reduce),
    (POP, Unpickler.load_pop), (POP_MARK, Unpickler.load_pop_mark), (DUP, Unpickler.load_dup),
    (GET, Unpickler.load_get), (BINGET, Unpickler.load_binget),
    (LONG_BINGET, Unpickler.load_long_binget), (PUT, Unpickler.load_put),
    (BINPUT, Unpickler.load_binput), (LONG_BINPUT, Unpickler.load_long_binput),
    (MEMOIZE, Unpickler.load_memoize), (APPEND, Unpickler.load_append),
    (APPENDS, Unpickler.load_appends), (SETITEM, Unpickler.load_setitem),
    (SETITEMS, Unpickler.load_setitems), (ADDITEMS, Unpickler.load_additems),
    (BUILD, Unpickler.load_build), (MARK, Unpickler.load_mark), (STOP, Unpickler.load_stop),
]})


# ---------------------------------------------------------------------------------------
# Shorthands


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Writes a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Returns the pickled representation of obj as a bytes object."""
    f = _ListFile()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return b''.join(f.parts)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Reads and returns an object from the pickle data stored in a file."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Reads and returns an object from the given pickle data."""
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    return Unpickler(_BytesFile(data), fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


# Names python3's pickle module also offers (its pure-Python classes).
_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads
