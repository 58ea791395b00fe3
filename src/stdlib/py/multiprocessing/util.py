"""Helpers of the multiprocessing package: the exit function and finalizers.

At the exit of any process (the main program or a child's bootstrap), daemonic children
are terminated and the others joined, as python3's multiprocessing does from atexit.
"""

import sys

from . import process

__all__ = ['sub_debug', 'debug', 'info', 'sub_warning', 'get_logger', 'log_to_stderr',
           'Finalize', 'register_after_fork', 'is_exiting']

_exiting = False
_finalizers = []
_logger = None
_log_to_stderr = False


def sub_debug(msg, *args):
    pass


def debug(msg, *args):
    pass


def info(msg, *args):
    pass


def sub_warning(msg, *args):
    pass


def get_logger():
    """The 'multiprocessing' logger (python3's logging module, when the engine has it)."""
    global _logger
    if _logger is None:
        import logging
        _logger = logging.getLogger('multiprocessing')
        _logger.propagate = False
    return _logger


def log_to_stderr(level=None):
    global _log_to_stderr
    import logging
    logger = get_logger()
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter('[%(levelname)s/%(processName)s] %(message)s'))
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    _log_to_stderr = True
    return logger


def register_after_fork(obj, func):
    # Nothing is ever forked here.
    pass


class Finalize:
    """Calls callback(*args) at exit (or when called), once."""

    def __init__(self, obj, callback, args=(), kwargs=None, exitpriority=None):
        self._callback = callback
        self._args = args
        self._kwargs = kwargs or {}
        self._key = (exitpriority, len(_finalizers))
        _finalizers.append(self)

    def __call__(self, wr=None):
        if self._callback is None:
            return None
        callback, self._callback = self._callback, None
        return callback(*self._args, **self._kwargs)

    def cancel(self):
        self._callback = None

    def still_active(self):
        return self._callback is not None


def is_exiting():
    return _exiting


def _run_finalizers():
    for f in sorted(_finalizers, key=lambda f: (f._key[0] is None, -(f._key[0] or 0), -f._key[1])):
        try:
            f()
        except Exception:
            import traceback
            traceback.print_exc()
    _finalizers.clear()


def _exit_function():
    global _exiting
    if _exiting:
        return
    _exiting = True
    for p in process.active_children():
        if p.daemon:
            p._popen.terminate()
    for p in process.active_children():
        p.join()
    _run_finalizers()


def _flush_std_streams():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, ValueError):
            pass


def _close_stdin():
    pass


try:
    import atexit
    atexit.register(_exit_function)
except ImportError:
    import threading
    threading._register_atexit(_exit_function)
