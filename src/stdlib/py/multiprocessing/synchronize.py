"""Locks and friends that work across processes: Lock, RLock, Semaphore,
BoundedSemaphore, Condition, Event, Barrier.

Each is built on the engine's counting semaphores (`_kitchen_mp.sem_*`), which every
process of the run can reach by id, as python3 builds them on POSIX named semaphores.
Ownership (who holds a Lock or RLock, and how many times) is kept by the holder itself:
only the holder ever looks at it. Condition uses python3's scheme of three semaphores
(sleepers, woken, wait) so that notify() knows how many waiters to wake; Event is a
Condition plus a semaphore used as a flag; Barrier keeps its state and count in a shared
block. These objects travel to children only as Process arguments (python3's rule).
"""

import threading
import time

import _kitchen_mp

from . import context, process

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event',
           'Barrier']

SEM_VALUE_MAX = 2147483647
RECURSIVE_MUTEX, SEMAPHORE = 0, 1


def _timeout_arg(block, timeout):
    if not block:
        return 0
    if timeout is None:
        return None
    return max(timeout, 0)


class _PySemLock:
    """acquire/release and the holder's bookkeeping, where the engine has no native
    `_kitchen_mp.SemLock` (the CPython test double); the engine's is native, so that
    `with lock:` waits as a blocking call rather than inside a callback."""

    def acquire(self, block=True, timeout=None):
        if self._kind == RECURSIVE_MUTEX and self._is_mine():
            self._count += 1
            return True
        ok = _kitchen_mp.sem_acquire(self._sid, _timeout_arg(block, timeout))
        if ok:
            self._owner = (_kitchen_mp.getpid(), threading.get_ident())
            self._count += 1
        return ok

    def release(self):
        if self._kind == RECURSIVE_MUTEX:
            if not self._is_mine():
                raise AssertionError('attempt to release recursive lock not owned by thread')
            if self._count > 1:
                self._count -= 1
                return
            self._count = 0
            self._owner = None
        else:
            if self._count:
                self._count -= 1
            if not self._count:
                self._owner = None
        _kitchen_mp.sem_release(self._sid)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        return self.release()

    def _is_mine(self):
        return self._count > 0 and self._owner == (_kitchen_mp.getpid(), threading.get_ident())

    def _get_value(self):
        return _kitchen_mp.sem_value(self._sid)


class SemLock(getattr(_kitchen_mp, 'SemLock', _PySemLock)):
    """A semaphore shared between processes, with its holder's bookkeeping."""

    def __init__(self, kind, value, maxvalue, *, ctx):
        self._kind = kind
        self._maxvalue = maxvalue
        self._sid = _kitchen_mp.sem_new(value, maxvalue)
        self._make_methods()

    def _make_methods(self):
        self._owner = None      # (pid, thread ident) of the holder, for locks
        self._count = 0

    def _is_zero(self):
        return self._get_value() == 0

    def __getstate__(self):
        if not getattr(self, '_shareable', False):
            context.assert_spawning(self)
        return (self._kind, self._maxvalue, self._sid, getattr(self, '_shareable', False))

    def __setstate__(self, state):
        self._kind, self._maxvalue, self._sid, self._shareable = state
        self._make_methods()


class Semaphore(SemLock):
    def __init__(self, value=1, *, ctx):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        SemLock.__init__(self, SEMAPHORE, value, SEM_VALUE_MAX, ctx=ctx)

    def get_value(self):
        return self._get_value()

    def __repr__(self):
        try:
            value = self._get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s)>' % (self.__class__.__name__, value)


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1, *, ctx):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        SemLock.__init__(self, SEMAPHORE, value, value, ctx=ctx)

    def __repr__(self):
        try:
            value = self._get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s, maxvalue=%s)>' % (self.__class__.__name__, value,
                                                self._maxvalue)


def _owner_name():
    name = process.current_process().name
    if threading.current_thread().name != 'MainThread':
        name += '|' + threading.current_thread().name
    return name


class Lock(SemLock):
    """A non-recursive lock; any process or thread may release it (as python3's)."""

    def __init__(self, *, ctx):
        SemLock.__init__(self, SEMAPHORE, 1, 1, ctx=ctx)

    def __repr__(self):
        try:
            if self._is_mine():
                name = _owner_name()
            elif self._get_value() == 1:
                name = 'None'
            elif self._count > 0:
                name = 'SomeOtherThread'
            else:
                name = 'SomeOtherProcess'
        except Exception:
            name = 'unknown'
        return '<%s(owner=%s)>' % (self.__class__.__name__, name)


class RLock(SemLock):
    """A recursive lock: its holder may acquire it again; it must release as often."""

    def __init__(self, *, ctx):
        SemLock.__init__(self, RECURSIVE_MUTEX, 1, 1, ctx=ctx)

    def __repr__(self):
        try:
            if self._is_mine():
                name = _owner_name()
                count = self._count
            elif self._get_value() == 1:
                name, count = 'None', 0
            elif self._count > 0:
                name, count = 'SomeOtherThread', 'nonzero'
            else:
                name, count = 'SomeOtherProcess', 'nonzero'
        except Exception:
            name, count = 'unknown', 'unknown'
        return '<%s(%s, %s)>' % (self.__class__.__name__, name, count)


class Condition:
    """A condition variable over a shared lock (an RLock by default)."""

    def __init__(self, lock=None, *, ctx):
        self._lock = lock or ctx.RLock()
        self._sleeping_count = ctx.Semaphore(0)
        self._woken_count = ctx.Semaphore(0)
        self._wait_semaphore = ctx.Semaphore(0)
        self._make_methods()

    def __getstate__(self):
        if not getattr(self, '_shareable', False):
            context.assert_spawning(self)
        return (self._lock, self._sleeping_count, self._woken_count, self._wait_semaphore,
                getattr(self, '_shareable', False))

    def __setstate__(self, state):
        (self._lock, self._sleeping_count, self._woken_count, self._wait_semaphore,
         self._shareable) = state
        self._make_methods()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _make_methods(self):
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __repr__(self):
        try:
            num_waiters = (self._sleeping_count._get_value() - self._woken_count._get_value())
        except Exception:
            num_waiters = 'unknown'
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._lock, num_waiters)

    def wait(self, timeout=None):
        assert self._lock._is_mine(), 'must acquire() condition before using wait()'
        # Count ourselves as a sleeper, let go of the lock entirely (an RLock may be held
        # several times), sleep on the wait semaphore, then say we woke and take it back.
        self._sleeping_count.release()
        count = self._lock._count
        for _ in range(count):
            self._lock.release()
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()
            for _ in range(count):
                self._lock.acquire()

    def notify(self, n=1):
        assert self._lock._is_mine(), 'lock is not owned'
        assert not self._wait_semaphore.acquire(False)
        # Sleepers that timed out since the last notify have counted themselves woken:
        # take them off the sleeper count first.
        while self._woken_count.acquire(False):
            res = self._sleeping_count.acquire(False)
            assert res, 'notify: Bug in sleeping_count.acquire - res should not be False'
        sleepers = 0
        while sleepers < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            sleepers += 1
        if sleepers:
            for _ in range(sleepers):
                self._woken_count.acquire()     # each woken sleeper says so
            while self._wait_semaphore.acquire(False):
                pass                            # a sleeper that timed out meanwhile

    def notify_all(self):
        self.notify(n=SEM_VALUE_MAX)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is not None:
            endtime = time.monotonic() + timeout
        else:
            endtime = None
            waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class Event:
    """A flag processes can wait for."""

    def __init__(self, *, ctx):
        self._cond = ctx.Condition(ctx.Lock())
        self._flag = ctx.Semaphore(0)

    def is_set(self):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def set(self):
        with self._cond:
            self._flag.acquire(False)
            self._flag.release()
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag.acquire(False)

    def wait(self, timeout=None):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
            else:
                self._cond.wait(timeout)
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def __repr__(self):
        set_status = 'set' if self.is_set() else 'unset'
        return f"<{type(self).__qualname__} at {id(self):#x} {set_status}>"


class Barrier:
    """threading.Barrier's semantics across processes: parties, action, timeout,
    reset(), abort(), broken, n_waiting; raises threading.BrokenBarrierError."""

    _FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2

    def __init__(self, parties, action=None, timeout=None, *, ctx):
        if parties < 1:
            raise ValueError("parties must be > 0")
        from .sharedctypes import RawArray
        self._array = RawArray('i', 2)      # [state, count]
        self._cond = ctx.Condition()
        self._action = action
        self._timeout = timeout
        self._parties = parties

    def __getstate__(self):
        if not getattr(self, '_shareable', False):
            context.assert_spawning(self)
        return (self._parties, self._action, self._timeout, self._cond, self._array,
                getattr(self, '_shareable', False))

    def __setstate__(self, state):
        (self._parties, self._action, self._timeout, self._cond, self._array,
         self._shareable) = state

    @property
    def _state(self):
        return self._array[0]

    @_state.setter
    def _state(self, value):
        self._array[0] = value

    @property
    def _count(self):
        return self._array[1]

    @_count.setter
    def _count(self, value):
        self._array[1] = value

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (self._DRAINING, self._RESETTING):
            self._cond.wait()
        if self._state < 0:
            raise threading.BrokenBarrierError
        assert self._state == self._FILLING

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = self._DRAINING
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != self._FILLING, timeout):
            self._break()
            raise threading.BrokenBarrierError
        if self._state < 0:
            raise threading.BrokenBarrierError
        assert self._state == self._DRAINING

    def _exit(self):
        if self._count == 0:
            if self._state in (self._RESETTING, self._DRAINING):
                self._state = self._FILLING
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == self._FILLING:
                    self._state = self._RESETTING
                elif self._state == self._BROKEN:
                    self._state = self._RESETTING
            else:
                self._state = self._FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = self._BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == self._FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == self._BROKEN
