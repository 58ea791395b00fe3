"""Coroutine helpers: iscoroutine, iscoroutinefunction."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import collections.abc

_is_coroutine = object()


def iscoroutinefunction(func):
    """True for a coroutine function (async def), or one marked by the old decorator."""
    import inspect
    return (inspect.iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


_COROUTINE_TYPES = (collections.abc.Coroutine,)
_iscoroutine_typecache = set()


def iscoroutine(obj):
    """True for a coroutine object."""
    if type(obj) in _iscoroutine_typecache:
        return True
    if isinstance(obj, _COROUTINE_TYPES):
        if len(_iscoroutine_typecache) < 100:
            _iscoroutine_typecache.add(type(obj))
        return True
    return False
