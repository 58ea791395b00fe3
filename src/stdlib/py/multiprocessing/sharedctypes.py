"""Value and Array: numbers and arrays in memory shared by processes.

python3 builds these on ctypes objects placed in shared memory. Here the memory is a
block the engine shares between heaps (`_kitchen_mp.shared_new/shared_read/shared_write`,
a region of a SharedArrayBuffer), and each element is read and written as bytes
(_binary.py), in the native sizes python3's ctypes types have (c_int 4 bytes, c_long 8,
c_double 8, ...). Integers wrap around as ctypes' do. Value/Array (lock=True) wrap the raw object with an RLock
exposed by get_lock(), as python3's Synchronized wrappers do; RawValue/RawArray have none.
"""

import _kitchen_mp

from . import _binary, context

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']

# typecode -> (struct format, the ctypes type name python3 shows)
typecode_to_type = {
    'c': ('c', 'c_char'), 'u': ('I', 'c_wchar'),
    'b': ('b', 'c_byte'), 'B': ('B', 'c_ubyte'),
    'h': ('h', 'c_short'), 'H': ('H', 'c_ushort'),
    'i': ('i', 'c_int'), 'I': ('I', 'c_uint'),
    'l': ('l', 'c_long'), 'L': ('L', 'c_ulong'),
    'q': ('q', 'c_long'), 'Q': ('Q', 'c_ulong'),
    'f': ('f', 'c_float'), 'd': ('d', 'c_double'),
    '?': ('?', 'c_bool'),
}
_INT_CODES = 'bBhHiIlLqQ'


def _typecode(typecode_or_type):
    # A ctypes type (c_int, c_double, ...) carries its typecode as _type_.
    code = getattr(typecode_or_type, '_type_', typecode_or_type)
    if code == 'g':
        code = 'd'
    if code not in typecode_to_type:
        raise TypeError('unsupported type: %r' % (typecode_or_type,))
    return code


class _Shared:
    """Elements of one typecode in a shared block."""

    def __init__(self, code, length, shid=None):
        self._code = code
        self._fmt = typecode_to_type[code][0]
        self._size = _binary.calcsize(self._fmt)
        self._length = length
        if shid is None:
            shid = _kitchen_mp.shared_new(self._size * max(length, 1))
        self._shid = shid

    def _get(self, i):
        data = _kitchen_mp.shared_read(self._shid, i * self._size, self._size)
        value = _binary.unpack(self._fmt, data)
        if self._code == 'u':
            return chr(value)
        return value

    def _set(self, i, value):
        code = self._code
        if code in _INT_CODES:
            if not isinstance(value, int):
                raise TypeError("int expected instead of %s" % type(value).__name__)
            bits = self._size * 8
            value &= (1 << bits) - 1
            if code.islower() and value >= 1 << (bits - 1):
                value -= 1 << bits
        elif code == 'c':
            if isinstance(value, int) and 0 <= value < 256:
                value = bytes((value,))
            if not isinstance(value, bytes) or len(value) != 1:
                raise TypeError("one character bytes, bytearray or integer expected")
        elif code == 'u':
            value = ord(value)
        elif code in 'fd':
            if not isinstance(value, (int, float)):
                raise TypeError("must be real number, not %s" % type(value).__name__)
            value = float(value)
        _kitchen_mp.shared_write(self._shid, i * self._size, _binary.pack(self._fmt, value))


class _RawValue(_Shared):
    def __init__(self, code, shid=None):
        _Shared.__init__(self, code, 1, shid)

    @property
    def value(self):
        return self._get(0)

    @value.setter
    def value(self, value):
        self._set(0, value)

    def __repr__(self):
        return '%s(%r)' % (typecode_to_type[self._code][1], self.value)

    def __reduce__(self):
        if not getattr(self, '_shareable', False):
            _assert_spawning(typecode_to_type[self._code][1])
        return _rebuild_value, (self._code, self._shid)


def _assert_spawning(name):
    # python3's shared ctypes objects travel only to a child being spawned.
    if context.get_spawning_popen() is None:
        raise RuntimeError('%s objects should only be shared between processes'
                           ' through inheritance' % name)


def _rebuild_value(code, shid):
    return _RawValue(code, shid)


class _RawArray(_Shared):
    def __len__(self):
        return self._length

    def _index(self, i):
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError('invalid index')
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            items = [self._get(k) for k in range(*i.indices(self._length))]
            if self._code == 'c':
                return b''.join(items)
            if self._code == 'u':
                return ''.join(items)
            return items
        return self._get(self._index(i))

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            idx = range(*i.indices(self._length))
            values = list(value)
            if len(values) != len(idx):
                raise ValueError("Can only assign sequence of same size")
            for k, v in zip(idx, values):
                self._set(k, bytes((v,)) if self._code == 'c' and isinstance(v, int) else v)
            return
        self._set(self._index(i), value)

    def __iter__(self):
        for k in range(self._length):
            yield self._get(k)

    # Array('c', ...) is a C string: .value stops at the first NUL, .raw is everything.
    @property
    def value(self):
        data = self[:]
        if self._code == 'c':
            end = data.find(b'\0')
            return data if end < 0 else data[:end]
        return data

    @value.setter
    def value(self, value):
        if len(value) > self._length:
            raise ValueError('byte string too long')
        for k, v in enumerate(value):
            self[k] = v
        if len(value) < self._length:
            self[len(value)] = b'\0' if self._code == 'c' else '\0'

    @property
    def raw(self):
        return _kitchen_mp.shared_read(self._shid, 0, self._size * self._length)

    @raw.setter
    def raw(self, value):
        if len(value) > self._size * self._length:
            raise ValueError('byte string too long')
        _kitchen_mp.shared_write(self._shid, 0, bytes(value))

    def __repr__(self):
        return '<multiprocessing.sharedctypes.%s_Array_%d object at %#x>' % (
            typecode_to_type[self._code][1], self._length, id(self))

    def __reduce__(self):
        if not getattr(self, '_shareable', False):
            _assert_spawning('%s_Array_%d' % (typecode_to_type[self._code][1], self._length))
        return _rebuild_array, (self._code, self._length, self._shid)


def _rebuild_array(code, length, shid):
    return _RawArray(code, length, shid)


def RawValue(typecode_or_type, *args):
    """A shared value without a lock."""
    obj = _RawValue(_typecode(typecode_or_type))
    if args:
        obj.value = args[0]
    return obj


def RawArray(typecode_or_type, size_or_initializer):
    """A shared array without a lock: a size (zero-filled) or a sequence to copy."""
    code = _typecode(typecode_or_type)
    if isinstance(size_or_initializer, int):
        return _RawArray(code, size_or_initializer)
    items = list(size_or_initializer)
    obj = _RawArray(code, len(items))
    for k, v in enumerate(items):
        obj[k] = bytes((v,)) if code == 'c' and isinstance(v, int) else v
    return obj


def _check_lock(lock, ctx):
    if lock in (True, None):
        return (ctx or context._default_context.get_context()).RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return lock


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A shared value; with lock (the default) wrapped with an RLock (get_lock())."""
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    return synchronized(obj, _check_lock(lock, ctx), ctx=ctx)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """A shared array; with lock (the default) wrapped with an RLock (get_lock())."""
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    return synchronized(obj, _check_lock(lock, ctx), ctx=ctx)


def copy(obj):
    if isinstance(obj, _RawArray):
        return RawArray(obj._code, obj[:] if obj._code not in 'cu' else list(obj))
    new = _RawValue(obj._code)
    new.value = obj.value
    return new


def synchronized(obj, lock=None, ctx=None):
    lock = lock or (ctx or context._default_context.get_context()).RLock()
    if isinstance(obj, _RawArray):
        if obj._code == 'c':
            return SynchronizedString(obj, lock)
        return SynchronizedArray(obj, lock)
    return Synchronized(obj, lock)


class SynchronizedBase:
    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        self._lock = lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __reduce__(self):
        context.assert_spawning(self)
        return synchronized, (self._obj, self._lock)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):
    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, value):
        with self._lock:
            self._obj.value = value


class SynchronizedArray(SynchronizedBase):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    def __getslice__(self, start, stop):
        with self._lock:
            return self._obj[start:stop]

    def __setslice__(self, start, stop, values):
        with self._lock:
            self._obj[start:stop] = values


class SynchronizedString(SynchronizedArray):
    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, value):
        with self._lock:
            self._obj.value = value

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw

    @raw.setter
    def raw(self, value):
        with self._lock:
            self._obj.raw = value
