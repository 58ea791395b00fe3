"""Context variables (Concurrency Kitchen's own `contextvars`).

A Context maps ContextVars to values; each thread has a current Context, and
Context.run(f) makes a context current while f runs (asyncio runs every callback and task
step in the task's context). Contexts are copied on write, so copy_context() is cheap.
"""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

from _thread import get_ident as _get_ident

_MISSING = object()

# Each thread's current Context, by thread ident (how threading.local keys its data too).
# A plain dict rather than a threading.local: asyncio enters a context for every callback
# and task step, and a Python-level threading.local costs a dozen calls per access.
_contexts = {}


def _current():
    tid = _get_ident()
    ctx = _contexts.get(tid)
    if ctx is None:
        ctx = _contexts[tid] = Context()
    return ctx


class Context:
    """An immutable-from-outside mapping of ContextVar → value."""

    __slots__ = ('_data', '_entered')

    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self} is already entered')
        tid = _get_ident()
        prev = _contexts.get(tid)
        self._entered = True
        _contexts[tid] = self
        try:
            return callable(*args, **kwargs)
        finally:
            _contexts[tid] = prev
            self._entered = False

    def copy(self):
        # The data dict is shared: set() and reset() give their context a new dict before
        # writing, so no context ever writes into a dict another one holds.
        new = Context()
        new._data = self._data
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()


def copy_context():
    return _current().copy()


class ContextVar:
    """A variable whose value depends on the current Context."""

    __slots__ = ('_name', '_default')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, default=_MISSING):
        ctx = _current()
        try:
            return ctx._data[self]
        except KeyError:
            pass
        if default is not _MISSING:
            return default
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current()
        data = ctx._data
        old = data.get(self, Token.MISSING)
        # Copy on write: contexts copied earlier keep their own dicts.
        ctx._data = dict(data)
        ctx._data[self] = value
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        ctx._data = dict(ctx._data)
        if token._old_value is Token.MISSING:
            ctx._data.pop(self, None)
        else:
            ctx._data[self] = token._old_value
        token._used = True

    def __repr__(self):
        r = f"<ContextVar name={self._name!r}"
        if self._default is not _MISSING:
            r += f" default={self._default!r}"
        return r + f" at 0x{id(self):x}>"

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        return cls


class Token:
    """Returned by ContextVar.set(); ContextVar.reset(token) restores the previous value."""

    __slots__ = ('_ctx', '_var', '_old_value', '_used')

    MISSING = object()

    def __init__(self, ctx, var, old_value):
        self._ctx = ctx
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"

    def __class_getitem__(cls, item):
        return cls
