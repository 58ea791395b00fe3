"""Handles, the event loop interface and the current-loop functions (our own asyncio)."""

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'Handle', 'TimerHandle',
           'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop',
           'set_event_loop', 'new_event_loop', 'get_running_loop', '_get_running_loop',
           '_set_running_loop')

import contextvars
from _thread import get_ident as _get_ident
from contextvars import _contexts  # the current Context of each thread (see Handle._run)
import threading

from . import format_helpers


class Handle:
    """A callback scheduled on the loop (call_soon)."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_source_traceback',
                 '_repr', '__weakref__', '_context')

    def __init__(self, callback, args, loop, context=None):
        if context is None:
            context = contextvars.copy_context()
        self._context = context
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        self._source_traceback = None

    def _repr_info(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(format_helpers._format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        info = self._repr_info()
        return '<{}>'.format(' '.join(info))

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        # self._context.run(callback, *args), with the context entered and left by
        # _handle_enter/_handle_exit rather than through Context.run: CPython's Context.run
        # is C and leaves no frame in tracebacks, and this runs for every callback and task
        # step. On our engine those two are native, and also time the callback for the
        # trace's `loop-blocked`.
        try:
            prev = _handle_enter(self)
            try:
                # Plain calls for the common arities (f(*args) builds a tuple each time).
                args = self._args
                if not args:
                    self._callback()
                elif len(args) == 1:
                    self._callback(args[0])
                else:
                    self._callback(*args)
            finally:
                _handle_exit(self, prev)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            _report_handle_exception(self, exc)
        self = None


def _handle_enter(handle):
    # Makes the handle's context this thread's current one; returns the one it replaces.
    ctx = handle._context
    if ctx._entered:
        raise RuntimeError(f'cannot enter context: {ctx} is already entered')
    tid = _get_ident()
    prev = _contexts.get(tid)
    ctx._entered = True
    _contexts[tid] = ctx
    return prev


def _handle_exit(handle, prev):
    _contexts[_get_ident()] = prev
    handle._context._entered = False


def _report_handle_exception(handle, exc):
    # What Handle._run does with an exception from its callback.
    cb = format_helpers._format_callback_source(handle._callback, handle._args)
    msg = f'Exception in callback {cb}'
    context = {'message': msg, 'exception': exc, 'handle': handle}
    handle._loop.call_exception_handler(context)


class TimerHandle(Handle):
    """A callback scheduled for a point in time (call_later, call_at)."""

    __slots__ = ['_scheduled', '_when']

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and
                    self._callback == other._callback and
                    self._args == other._args and
                    self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
            # Handle.cancel, inlined: every sleep() cancels its timer on the way out.
            self._cancelled = True
            self._callback = None
            self._args = None

    def when(self):
        return self._when


class AbstractEventLoop:
    """The interface of event loops (only the part this package implements)."""

    def run_forever(self):
        raise NotImplementedError

    def run_until_complete(self, future):
        raise NotImplementedError

    def stop(self):
        raise NotImplementedError

    def is_running(self):
        raise NotImplementedError

    def is_closed(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    async def shutdown_asyncgens(self):
        raise NotImplementedError

    async def shutdown_default_executor(self):
        raise NotImplementedError


class AbstractEventLoopPolicy:
    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One loop per thread; the main thread gets one on first use."""

    _loop_factory = None

    class _Local(threading.local):
        _loop = None
        _set_called = False

    def __init__(self):
        self._local = self._Local()

    def get_event_loop(self):
        if (self._local._loop is None and
                not self._local._set_called and
                threading.current_thread() is threading.main_thread()):
            self.set_event_loop(self.new_event_loop())
        if self._local._loop is None:
            raise RuntimeError('There is no current event loop in thread %r.'
                               % threading.current_thread().name)
        return self._local._loop

    def set_event_loop(self, loop):
        self._local._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._local._loop = loop

    def new_event_loop(self):
        return self._loop_factory()


_event_loop_policy = None
_lock = threading.Lock()


# The running loop of each thread, by thread ident (CPython keeps it in the thread state);
# a dict rather than a threading.local, whose Python-level accesses cost a dozen calls each:
# every sleep() and create_task() asks for the running loop.
_running_loops = {}


def get_running_loop():
    """The running event loop of this thread; RuntimeError if there is none."""
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_running_loop():
    return _running_loops.get(threading.get_ident())


def _set_running_loop(loop):
    if loop is None:
        _running_loops.pop(threading.get_ident(), None)
    else:
        _running_loops[threading.get_ident()] = loop


def _init_event_loop_policy():
    global _event_loop_policy
    with _lock:
        if _event_loop_policy is None:
            from . import DefaultEventLoopPolicy
            _event_loop_policy = DefaultEventLoopPolicy()


def get_event_loop_policy():
    if _event_loop_policy is None:
        _init_event_loop_policy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    """The running loop, or else this thread's current loop (created in the main thread)."""
    current_loop = _get_running_loop()
    if current_loop is not None:
        return current_loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


def _get_event_loop(stacklevel=3):
    current_loop = _get_running_loop()
    if current_loop is not None:
        return current_loop
    return get_event_loop_policy().get_event_loop()


# The running-loop functions of the native module when the engine has it (as CPython's
# events.py takes them from _asyncio): every sleep() and create_task() asks for the loop.
try:
    import _asyncio
    if not getattr(_asyncio, '_kitchen', False):
        raise ImportError('not our _asyncio')
except ImportError:
    pass
else:
    from _asyncio import get_running_loop, _get_running_loop, _set_running_loop
    from _asyncio import _handle_enter, _handle_exit
