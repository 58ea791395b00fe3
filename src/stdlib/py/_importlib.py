"""importlib (Concurrency Kitchen's own, registered under that name by
src/stdlib/native/reexport.ts): import_module, and invalidate_caches. Modules come
from the engine's import system (the builtin __import__), which knows our stdlib and the
TS-native modules; there is no file system to find other modules on.
After CPython's Lib/importlib/__init__.py import_module and _bootstrap._resolve_name."""

import sys

__all__ = ['import_module', 'invalidate_caches']


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def import_module(name, package=None):
    """Import a module; a relative name ('.mod') is resolved against package."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError('Empty module name')
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Nothing is cached outside sys.modules: there is no file system finder."""

