"""Process objects: BaseProcess, current_process(), parent_process(), active_children().

A BaseProcess is started through its context's Popen (popen_spawn.py), which pickles the
object and asks the engine for a new process; the child unpickles it and calls
_bootstrap(), which runs run() and turns its outcome into an exit code the way python3
does: 0 on return, the SystemExit value, 1 with "Process <name>:" and the traceback on
stderr for any other exception. The names 'Process-1', 'Process-1:2', ... come from a
counter per process and the creator's identity, as in python3.
"""

import itertools
import sys

import _kitchen_mp

__all__ = ['BaseProcess', 'current_process', 'active_children', 'parent_process']

ORIGINAL_DIR = None


def current_process():
    """The Process object of the running process."""
    return _current_process


def active_children():
    """The children of the running process that have not ended yet."""
    _cleanup()
    return list(_children)


def parent_process():
    """The parent of the running process, or None in the main process."""
    return _parent_process


def _cleanup():
    # Forget the children that have ended (their exit codes are kept by their objects).
    for p in list(_children):
        if p._popen is not None and p._popen.poll() is not None:
            _children.discard(p)


class BaseProcess:
    """A Python process with a target, started by start() (the API of threading.Thread)."""

    def _Popen(self):
        raise NotImplementedError

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *,
                 daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_process_counter)
        self._identity = _current_process._identity + (count,)
        _current_process.authkey  # made now if still lazy: children share the parent's key
        self._config = _current_process._config.copy()
        self._parent_pid = _kitchen_mp.getpid()
        self._parent_name = _current_process.name
        self._popen = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        """The process's activity: calls the target with its arguments (override it)."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        """Starts the process's activity in a new process (spawn)."""
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == _kitchen_mp.getpid(), \
            'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), \
            'daemonic processes are not allowed to have children'
        _cleanup()
        self._popen = self._Popen(self)
        self._sentinel = self._popen.sentinel
        # The child has its own copy; dropping ours avoids keeping the arguments alive.
        del self._target, self._args, self._kwargs
        _children.add(self)

    def terminate(self):
        """Ends the process as SIGTERM does (exit code -15); finally clauses do not run."""
        self._check_closed()
        self._popen.terminate()

    def kill(self):
        """Ends the process as SIGKILL does (exit code -9)."""
        self._check_closed()
        self._popen.kill()

    def join(self, timeout=None):
        """Waits until the process ends, or until timeout seconds have passed."""
        self._check_closed()
        assert self._parent_pid == _kitchen_mp.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        res = self._popen.wait(timeout)
        if res is not None:
            _children.discard(self)

    def is_alive(self):
        """Whether the process has started and not ended."""
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == _kitchen_mp.getpid(), 'can only test a child process'
        if self._popen is None:
            return False
        if self._popen.poll() is None:
            return True
        _children.discard(self)
        return False

    def close(self):
        """Releases the process object; it must have ended."""
        if self._popen is not None:
            if self._popen.poll() is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            self._popen.close()
            self._popen = None
            del self._sentinel
            _children.discard(self)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        """Daemon processes are terminated when their parent exits."""
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def authkey(self):
        try:
            return self._config['authkey']
        except KeyError:
            if self is not _current_process:
                raise
            # The main process makes its key on first use, not at import: a spawned child
            # is given its parent's key at once, and os.urandom would import random here.
            key = self._config['authkey'] = AuthenticationString(_random_key())
            return key

    @authkey.setter
    def authkey(self, authkey):
        self._config['authkey'] = AuthenticationString(authkey)

    @property
    def exitcode(self):
        """None while running; the exit code after (negative: ended by a signal)."""
        self._check_closed()
        if self._popen is None:
            return self._popen
        return self._popen.poll()

    @property
    def ident(self):
        """The process id (None before start)."""
        self._check_closed()
        if self is _current_process:
            return _kitchen_mp.getpid()
        return self._popen and self._popen.pid

    pid = ident

    @property
    def sentinel(self):
        self._check_closed()
        try:
            return self._sentinel
        except AttributeError:
            raise ValueError("process not started") from None

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != _kitchen_mp.getpid():
            status = 'unknown'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._popen.poll()
            status = 'started' if exitcode is None else 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._popen.pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append('exitcode=%s' % _exitcode_to_name.get(exitcode, exitcode))
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def _bootstrap(self, parent_sentinel=None):
        """Runs in the child: becomes the current process, runs run(), returns the code."""
        from . import util, context
        global _current_process, _parent_process, _process_counter, _children
        try:
            if self._start_method is not None:
                context._force_start_method(self._start_method)
            _process_counter = itertools.count(1)
            _children = set()
            _current_process = self
            _parent_process = _ParentProcess(self._parent_name, self._parent_pid,
                                             parent_sentinel)
            try:
                self.run()
                exitcode = 0
            finally:
                util._exit_function()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except:
            exitcode = 1
            import traceback
            sys.stderr.write('Process %s:\n' % self.name)
            traceback.print_exc()
        finally:
            import threading
            shutdown = getattr(threading, '_shutdown', None)
            if shutdown is not None:
                shutdown()
            util._flush_std_streams()
        return exitcode

    _start_method = None


class AuthenticationString(bytes):
    """The process's authentication key; it only travels to a child being spawned."""

    def __reduce__(self):
        from .context import get_spawning_popen
        if get_spawning_popen() is None:
            raise TypeError('Pickling an AuthenticationString object is '
                            'disallowed for security reasons')
        return AuthenticationString, (bytes(self),)


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {'semprefix': '/mp'}  # 'authkey' on first use (authkey)

    def close(self):
        pass


class _ParentProcess(BaseProcess):
    """The parent as seen from a child: its name and pid, and whether it still runs."""

    def __init__(self, name, pid, sentinel):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._sentinel = sentinel
        self._config = {}

    def is_alive(self):
        return _kitchen_mp.is_alive(self._pid)

    @property
    def ident(self):
        return self._pid

    def join(self, timeout=None):
        import time
        deadline = None if timeout is None else time.monotonic() + timeout
        while _kitchen_mp.is_alive(self._pid):
            if deadline is not None and time.monotonic() >= deadline:
                return
            time.sleep(0.01)

    pid = ident


def _random_key():
    try:
        import os
        return os.urandom(32)
    except (ImportError, AttributeError, NotImplementedError):
        import random
        return bytes(random.getrandbits(8) for _ in range(32))


_parent_process = None
_current_process = _MainProcess()
_process_counter = itertools.count(1)
_children = set()

# Exit codes of processes ended by a signal, named as python3 shows them in repr().
_exitcode_to_name = {-1: '-SIGHUP', -2: '-SIGINT', -3: '-SIGQUIT', -6: '-SIGABRT',
                     -9: '-SIGKILL', -11: '-SIGSEGV', -13: '-SIGPIPE', -14: '-SIGALRM',
                     -15: '-SIGTERM'}
