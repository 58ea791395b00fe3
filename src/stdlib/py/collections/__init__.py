"""Container datatypes (Concurrency Kitchen's own `collections`): deque, defaultdict,
Counter, namedtuple, OrderedDict, ChainMap, UserDict, UserList, UserString, with the
behaviour documented in https://docs.python.org/3/library/collections.html.
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

import sys as _sys
from collections import abc as _abc
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
from keyword import iskeyword as _iskeyword
from operator import itemgetter as _itemgetter, eq as _eq, index as _op_index

try:
    from reprlib import recursive_repr as _recursive_repr
except ImportError:
    def _recursive_repr(fillvalue='...'):
        def deco(f):
            return f
        return deco


# --- deque -----------------------------------------------------------------------------

class _PyRing:
    """The ring of a deque in Python, where the engine's native one (_kitchen_deque.ring,
    src/stdlib/native/deque-ring.ts) is missing: when this file runs on CPython in the
    stdlib tests. Same methods; atomic only as far as the GIL makes it."""

    __slots__ = ('_buf', '_head', '_len', '_maxlen', '_state')

    def __init__(self, maxlen):
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        self._maxlen = maxlen
        self._state = 0

    def _slot(self, i):
        return (self._head + i) % len(self._buf)

    def _refill(self, items):
        n = 8
        while n < len(items):
            n *= 2
        self._buf = list(items) + [None] * (n - len(items))
        self._head = 0
        self._len = len(items)
        self._state += 1

    def items(self):
        return [self._buf[self._slot(i)] for i in range(self._len)]

    def _make_room(self, drop):
        # As the native ring's makeRoom: count the mutation, drop from the other end of a
        # full bounded ring, grow a full buffer; False when maxlen is 0.
        self._state += 1
        if self._maxlen == 0:
            return False
        if self._len == self._maxlen:
            drop()
        if self._len == len(self._buf):
            self._buf = self.items() + [None] * len(self._buf)
            self._head = 0
        return True

    def append(self, x):
        if self._make_room(self.popleft):
            self._buf[self._slot(self._len)] = x
            self._len += 1

    def appendleft(self, x):
        if not self._make_room(self.pop):
            return
        self._head = (self._head - 1) % len(self._buf)
        self._buf[self._head] = x
        self._len += 1

    def pop(self):
        if self._len == 0:
            raise IndexError("pop from an empty deque")
        i = self._slot(self._len - 1)
        x = self._buf[i]
        self._buf[i] = None
        self._len -= 1
        self._state += 1
        return x

    def popleft(self):
        if self._len == 0:
            raise IndexError("pop from an empty deque")
        x = self._buf[self._head]
        self._buf[self._head] = None
        self._head = (self._head + 1) % len(self._buf)
        self._len -= 1
        self._state += 1
        return x

    def extend_list(self, items):
        for x in items:
            self.append(x)

    def extendleft_list(self, items):
        for x in items:
            self.appendleft(x)

    def clear(self):
        self._refill([])

    def _index(self, i):
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("deque index out of range")
        return i

    def get(self, i):
        return self._buf[self._slot(self._index(i))]

    def set(self, i, x):
        self._buf[self._slot(self._index(i))] = x

    def delete(self, i):
        items = self.items()
        del items[self._index(i)]
        self._refill(items)

    def insert(self, i, x):
        if self._maxlen >= 0 and self._len >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self.items()
        items.insert(i, x)
        self._refill(items)

    def rotate(self, n):
        if self._len > 1 and n % self._len:
            n %= self._len
            items = self.items()
            self._refill(items[-n:] + items[:-n])

    def reverse(self):
        self._refill(self.items()[::-1])

    def size(self):
        return self._len

    def state(self):
        return self._state


try:
    from _kitchen_deque import ring as _ring
except ImportError:
    _ring = _PyRing

# The native ring keeps its maximum length in a small int: larger maxlens behave as none
# (no deque can hold 2**30 items in a heap of at most a few GiB).
_MAXLEN_CAP = (1 << 30) - 1


class deque:
    """A double-ended queue: O(1) appends and pops at both ends, optional maximum length.

    The items live in `_ring` (_kitchen_deque.ring, src/stdlib/native/deque-ring.ts): each of
    its operations is one native call, atomic as CPython's C deque makes it, under the GIL and
    in a free-threaded process. What needs Python code (comparisons, repr, iteration) reads
    the ring item by item; iterators compare its mutation counter, as CPython's do."""

    __slots__ = ('_ring', '_maxlen', '__weakref__')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        # Re-initialising empties the deque first, so deque.__init__(d, d) leaves it empty.
        items = None if iterable is self else list(iterable)
        self._maxlen = maxlen
        self._ring = _ring(-1 if maxlen is None else min(maxlen, _MAXLEN_CAP))
        if items:
            self._ring.extend_list(items)

    @property
    def maxlen(self):
        return self._maxlen

    def append(self, x):
        self._ring.append(x)

    def appendleft(self, x):
        self._ring.appendleft(x)

    def pop(self):
        return self._ring.pop()

    def popleft(self):
        return self._ring.popleft()

    def extend(self, iterable):
        # Item by item, as CPython does: an iterator that fails half-way leaves what it gave.
        ring = self._ring
        if iterable is self:
            iterable = ring.items()
        if type(iterable) is list:
            ring.extend_list(iterable)
            return
        for x in iterable:
            ring.append(x)

    def extendleft(self, iterable):
        ring = self._ring
        if iterable is self:
            iterable = ring.items()
        if type(iterable) is list:
            ring.extendleft_list(iterable)
            return
        for x in iterable:
            ring.appendleft(x)

    def clear(self):
        self._ring.clear()

    def copy(self):
        return self.__class__(self._ring.items(), self._maxlen)

    __copy__ = copy

    def count(self, x):
        ring = self._ring
        state = ring.state()
        n = 0
        for i in range(ring.size()):
            v = ring.get(i)
            if v is x or v == x:
                n += 1
            if state != ring.state():
                raise RuntimeError("deque mutated during iteration")
        return n

    @staticmethod
    def _index_arg(i):
        if type(i) is int:
            return i
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        try:
            return i.__index__()
        except AttributeError:
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__) from None

    @staticmethod
    def _item_index(i):
        # An item's index, small enough for the ring (no deque holds _MAXLEN_CAP items).
        i = deque._index_arg(i)
        if not -_MAXLEN_CAP <= i <= _MAXLEN_CAP:
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        return self._ring.get(self._item_index(i))

    def __setitem__(self, i, x):
        self._ring.set(self._item_index(i), x)

    def __delitem__(self, i):
        self._ring.delete(self._item_index(i))

    def index(self, x, start=0, stop=None):
        ring = self._ring
        n = ring.size()
        if stop is None or stop > n:
            stop = n
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop += n
        state = ring.state()
        for i in range(start, stop):
            v = ring.get(i)
            if v is x or v == x:
                return i
            if state != ring.state():
                raise RuntimeError("deque mutated during iteration")
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        i = self._index_arg(i)
        self._ring.insert(max(-_MAXLEN_CAP, min(i, _MAXLEN_CAP)), x)

    def remove(self, value):
        ring = self._ring
        state = ring.state()
        for i in range(ring.size()):
            v = ring.get(i)
            equal = v is value or v == value
            if state != ring.state():
                raise IndexError("deque mutated during iteration")
            if equal:
                ring.delete(i)
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        self._ring.reverse()

    def rotate(self, n=1):
        if type(n) is not int:
            n = _op_index(n)
        ring = self._ring
        size = ring.size()
        if size > 1:
            ring.rotate(n % size)

    def __len__(self):
        return self._ring.size()

    def __bool__(self):
        return self._ring.size() > 0

    def __iter__(self):
        ring = self._ring
        state = ring.state()
        for i in range(ring.size()):
            if state != ring.state():
                raise RuntimeError("deque mutated during iteration")
            yield ring.get(i)
        if state != ring.state():
            raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        ring = self._ring
        state = ring.state()
        for i in range(ring.size() - 1, -1, -1):
            if state != ring.state():
                raise RuntimeError("deque mutated during iteration")
            yield ring.get(i)

    def __contains__(self, x):
        for v in self:
            if v is x or v == x:
                return True
        return False

    @_recursive_repr('[...]')
    def __repr__(self):
        items = ', '.join(repr(v) for v in self)
        if self._maxlen is None:
            return f'{type(self).__name__}([{items}])'
        return f'{type(self).__name__}([{items}], maxlen={self._maxlen})'

    def _cmp_items(self, other):
        if not isinstance(other, deque):
            return None
        return self._ring.items(), other._ring.items()

    def __eq__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] == p[1]

    def __ne__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] != p[1]

    def __lt__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] < p[1]

    def __le__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] <= p[1]

    def __gt__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] > p[1]

    def __ge__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] >= p[1]

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        d = self.copy()
        d.extend(other)
        return d

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        d = self.__class__((), self._maxlen)
        items = self._ring.items()
        for _ in range(n):
            d._ring.extend_list(items)
        return d

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._ring.items()
        self._ring.clear()
        for _ in range(n):
            self._ring.extend_list(items)
        return self

    def __reduce__(self):
        return type(self), (self._ring.items(), self._maxlen)

    def __class_getitem__(cls, item):
        return cls


_abc.MutableSequence.register(deque)


# --- defaultdict ---------------------------------------------------------------------

class defaultdict(dict):
    """A dict that calls default_factory to supply missing values."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    @_recursive_repr()
    def __repr__(self):
        if self.default_factory is None:
            factory = 'None'
        else:
            factory = repr(self.default_factory)
        return f'{type(self).__name__}({factory}, {dict.__repr__(self)})'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


# --- OrderedDict ---------------------------------------------------------------------

class OrderedDict(dict):
    """A dict that remembers insertion order (as every dict does) and can reorder it:
    move_to_end, popitem(last=False), and order-sensitive equality with another OrderedDict."""

    def __init__(self, other=(), /, **kwds):
        super().__init__()
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        if isinstance(other, _abc.Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    __marker = object()

    def pop(self, key, default=__marker):
        if key in self:
            return dict.pop(self, key)
        if default is self.__marker:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    @_recursive_repr()
    def __repr__(self):
        if not self:
            return '%s()' % (self.__class__.__name__,)
        return '%s(%r)' % (self.__class__.__name__, list(self.items()))

    def __reduce__(self):
        return self.__class__, (), None, None, iter(self.items())

    def copy(self):
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(map(_eq, self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new


# --- namedtuple ------------------------------------------------------------------------

_nt_itemgetters = {}


class _tuplegetter:
    # The field accessor of a namedtuple class (CPython's C _collections._tuplegetter):
    # reads item `index`; assigning or deleting the field is refused. No docstring: each
    # accessor's __doc__ is a slot.

    __slots__ = ('_index', '__doc__')

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __reduce__(self):
        return (type(self), (self._index, self.__doc__))


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a tuple subclass with named fields, e.g. namedtuple('Point', ['x', 'y'])."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith('_') or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'
    tuple_new = tuple.__new__
    _dict, _tuple, _len, _map, _zip = dict, tuple, len, map, zip

    # __new__ is compiled from source so that its signature, and the TypeError for a
    # missing or extra argument, are those of an ordinary function with these parameters.
    namespace = {'_tuple_new': tuple_new, '__builtins__': {}, '__name__': f'namedtuple_{typename}'}
    code = f'lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))'
    __new__ = eval(code, namespace)
    __new__.__name__ = '__new__'
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if _len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    _make.__func__.__doc__ = (f'Make a new {typename} object from a sequence '
                              'or iterable')

    def _replace(self, /, **kwds):
        result = self._make(_map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    _replace.__doc__ = (f'Return a new {typename} object replacing specified '
                        'fields with new values')

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        return _dict(_zip(self._fields, self))

    def __getnewargs__(self):
        return _tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        doc = _sys.intern(f'Alias for field number {index}')
        class_namespace[name] = _tuplegetter(index, doc)

    result = type(typename, (tuple,), class_namespace)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        result.__module__ = module
    return result


# --- Counter ---------------------------------------------------------------------------

class Counter(dict):
    """A dict that counts hashable things: Counter('abracadabra').most_common(2)."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        if n is None:
            return sorted(self.items(), key=_itemgetter(1), reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_itemgetter(1))

    def elements(self):
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, _abc.Mapping):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                self_get = self.get
                for elem in iterable:
                    self[elem] = self_get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, _abc.Mapping):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


# --- ChainMap --------------------------------------------------------------------------

class ChainMap(_abc.MutableMapping):
    """Several mappings seen as one: lookups search them in order, writes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m


# --- UserDict, UserList, UserString ----------------------------------------------------

class UserDict(_abc.MutableMapping):
    """A dict wrapper meant for subclassing: the data lives in `self.data`."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def copy(self):
        return self.__class__(self.data.copy())

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_abc.MutableSequence):
    """A list wrapper meant for subclassing: the data lives in `self.data`."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        elif isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(_abc.Sequence):
    """A str wrapper meant for subclassing: the data lives in `self.data`."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def __eq__(self, string):
        if isinstance(string, UserString):
            return self.data == string.data
        return self.data == string

    def __lt__(self, string):
        if isinstance(string, UserString):
            return self.data < string.data
        return self.data < string

    def __contains__(self, char):
        if isinstance(char, UserString):
            char = char.data
        return char in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        elif isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __mul__(self, n):
        return self.__class__(self.data * n)

    def __getattr__(self, name):
        # The str methods, returning UserStrings where str returns a str.
        attr = getattr(self.data, name)
        if not callable(attr):
            return attr

        def method(*args, **kwargs):
            args = [a.data if isinstance(a, UserString) else a for a in args]
            result = attr(*args, **kwargs)
            return self.__class__(result) if isinstance(result, str) else result
        return method
