"""Operating-system interfaces (Concurrency Kitchen's own `os`), as far as a program
running in the browser has an operating system: process ids, CPU count, environment and
path names. Programs are single files; there is no file system to list or open."""

import sys
from _os import getpid, getppid, cpu_count, _exit, environ as _environ

__all__ = ['getpid', 'getppid', 'cpu_count', '_exit', 'environ', 'getenv', 'sep', 'linesep', 'name',
           'path', 'curdir', 'pardir', 'extsep', 'altsep', 'pathsep', 'devnull', 'getcwd',
           'fspath', 'PathLike', 'strerror', 'urandom']

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
linesep = '\n'
devnull = '/dev/null'
environ = _environ


def getenv(key, default=None):
    return environ.get(key, default)


def getcwd():
    return '/'


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """There is no file system: every path is missing."""
    raise FileNotFoundError(2, 'No such file or directory', fspath(path))


lstat = stat


def listdir(path='.'):
    raise FileNotFoundError(2, 'No such file or directory', fspath(path))


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    try:
        return type(path).__fspath__(path)
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(path).__name__) from None


class PathLike:
    """The protocol of objects that represent a file system path."""

    def __fspath__(self):
        raise NotImplementedError


def strerror(code):
    messages = {1: 'Operation not permitted', 2: 'No such file or directory',
                13: 'Permission denied', 17: 'File exists', 22: 'Invalid argument'}
    return messages.get(code, 'Unknown error %d' % code)


def urandom(n):
    import random
    return random.randbytes(n)


import posixpath as path  # noqa: E402
sys.modules['os.path'] = path
