"""Tasks and the functions that combine awaitables: gather, wait, wait_for, as_completed,
shield, sleep (our own asyncio, after the semantics of CPython 3.11's asyncio/tasks.py).

A Task drives a coroutine: each step sends into it (or throws into it) until it yields a
Future; the Task then sleeps until that Future is done and schedules its next step with
call_soon. A bare `yield` (what sleep(0) does) gives up exactly one loop iteration.
"""

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
           'run_coroutine_threadsafe', 'current_task', 'all_tasks', '_register_task',
           '_unregister_task', '_enter_task', '_leave_task')

import contextvars
import functools
import itertools
import types

from . import _trace
from . import coroutines
from . import events
from . import exceptions
from . import format_helpers
from . import futures

_task_name_counter = itertools.count(1).__next__


def current_task(loop=None):
    """The Task running in `loop` (default: the running loop), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The tasks of `loop` that are not done yet."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in list(_all_tasks) if futures._get_loop(t) is loop and not t.done()}


def _set_task_name(task, name):
    if name is not None:
        try:
            set_name = task.set_name
        except AttributeError:
            import warnings
            warnings.warn("Task.set_name() was added in Python 3.8, "
                          "the method support will be mandatory for third-party "
                          "task implementations since 3.13.",
                          DeprecationWarning, stacklevel=3)
        else:
            set_name(name)


def _task_repr_info(task):
    info = futures._future_repr_info(task)
    if task._must_cancel:
        info[0] = 'cancelling'
    info.insert(1, 'name=%r' % task.get_name())
    coro = format_helpers._format_coroutine(task._coro)
    info.insert(2, f'coro=<{coro}>')
    if task._fut_waiter is not None:
        info.insert(3, f'wait_for={task._fut_waiter!r}')
    return info


def _task_repr(task):
    return '<{} {}>'.format(task.__class__.__name__, ' '.join(_task_repr_info(task)))


def _coro_line(coro):
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    return frame.f_lineno if frame is not None else 0


class Task(futures._PyFuture):
    """A coroutine wrapped in a Future, run step by step by the event loop."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        if name is None:
            self._name = f'Task-{_task_name_counter()}'
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        if context is None:
            self._context = contextvars.copy_context()
        else:
            self._context = context
        self._loop.call_soon(self.task_step, context=self._context)
        _register_task(self)
        if _trace.enabled:
            _trace.emit('task-create', task=id(self), name=self._name)

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(_task_repr_info(self)))

    def __del__(self):
        if self._state == futures._PENDING and self._log_destroy_pending:
            context = {
                'task': self,
                'message': 'Task was destroyed but it is pending!',
            }
            self._loop.call_exception_handler(context)
        super().__del__()

    def __class_getitem__(cls, item):
        return cls

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        frame = getattr(self._coro, 'cr_frame', None)
        return [frame] if frame is not None else []

    def print_stack(self, *, limit=None, file=None):
        import sys
        print(f'Stack for {self!r}:', file=file or sys.stderr)

    def cancel(self, msg=None):
        """Asks the task to stop: CancelledError is thrown into its coroutine at its next step."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                # The waited-on future is cancelled: the wakeup throws CancelledError in.
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def task_step(self, exc=None):
        """One step: resume the coroutine until it awaits a not-yet-done future or ends."""
        if self.done():
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        _enter_task(self._loop, self)
        if _trace.enabled:
            _trace.emit('task-step', task=id(self), line=_coro_line(coro))
        awaits = ''
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as exc:
            if self._must_cancel:
                # The task was cancelled while finishing: report it as cancelled.
                self._must_cancel = False
                super().cancel(msg=self._cancel_message)
            else:
                super().set_result(exc.value)
        except exceptions.CancelledError as exc:
            self._cancelled_exc = exc
            super().cancel()
        except (KeyboardInterrupt, SystemExit) as exc:
            super().set_exception(_without_step_frame(exc))
            raise
        except BaseException as exc:
            super().set_exception(_without_step_frame(exc))
        else:
            blocking = getattr(result, '_asyncio_future_blocking', None)
            if blocking is not None:
                if futures._get_loop(result) is not self._loop:
                    new_exc = RuntimeError(
                        f'Task {self!r} got Future {result!r} attached to a different loop')
                    self._loop.call_soon(self.task_step, new_exc, context=self._context)
                elif blocking:
                    if result is self:
                        new_exc = RuntimeError(f'Task cannot await on itself: {self!r}')
                        self._loop.call_soon(self.task_step, new_exc, context=self._context)
                    else:
                        result._asyncio_future_blocking = False
                        result.add_done_callback(self.task_wakeup, context=self._context)
                        self._fut_waiter = result
                        if _trace.enabled:
                            awaits = _trace.describe_awaitable(result)
                        if self._must_cancel:
                            if self._fut_waiter.cancel(msg=self._cancel_message):
                                self._must_cancel = False
                else:
                    new_exc = RuntimeError(
                        f'yield was used instead of yield from in task {self!r} with {result!r}')
                    self._loop.call_soon(self.task_step, new_exc, context=self._context)
            elif result is None:
                # A bare yield (sleep(0)): run again at the next loop iteration.
                awaits = 'sleep 0'
                self._loop.call_soon(self.task_step, context=self._context)
            elif isinstance(result, types.GeneratorType):
                new_exc = RuntimeError(
                    f'yield was used instead of yield from for generator in task {self!r} with {result!r}')
                self._loop.call_soon(self.task_step, new_exc, context=self._context)
            else:
                new_exc = RuntimeError(f'Task got bad yield: {result!r}')
                self._loop.call_soon(self.task_step, new_exc, context=self._context)
        finally:
            if not _trace.enabled:
                pass
            elif self.done():
                outcome = 'cancelled' if self.cancelled() else (
                    'exception' if self._exception is not None else 'result')
                _trace.emit('task-end', task=id(self), outcome=outcome)
            else:
                _trace.emit('task-step-end', task=id(self), awaits=awaits, line=_coro_line(coro))
            _leave_task(self._loop, self)
            self = None

    def task_wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            error = exc
        else:
            error = None
        # Stepped outside the handler: CPython's Task is C, so the coroutine never sees the
        # wakeup's exception as one being handled (sys.exception(), implicit __context__).
        self.task_step(error)
        self = error = None


_PyTask = Task


def _without_step_frame(exc):
    # CPython's Task is written in C, so a coroutine's exception has no frame of the Task
    # itself in its traceback; drop ours so tracebacks print as python3 prints them.
    tb = exc.__traceback__
    if tb is not None and tb.tb_frame.f_code is _PyTask.task_step.__code__:
        exc.__traceback__ = tb.tb_next
    return exc


def create_task(coro, *, name=None, context=None):
    """Schedules the coroutine on the running loop as a Task."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


# concurrent.futures' values (imported lazily: see base_events).
FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the Futures/Tasks in `fs`; returns (done, pending)."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(fut, timeout):
    """Awaits `fut` for at most `timeout` seconds; on timeout cancels it and raises TimeoutError."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            if fut.done():
                return fut.result()
            else:
                fut.remove_done_callback(cb)
                await _cancel_and_wait(fut, loop=loop)
                raise
        if fut.done():
            return fut.result()
        else:
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            try:
                return fut.result()
            except exceptions.CancelledError as exc:
                raise exceptions.TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def _wait(fs, timeout, return_when, loop):
    assert fs, 'Set of Futures is empty.'
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or
                return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    cb = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


def as_completed(fs, *, timeout=None):
    """Yields awaitables that return the results of `fs` in completion order."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    from .queues import Queue
    done = Queue()
    loop = events._get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


class _Sleep0:
    """Awaiting this yields None once: the Task sees a bare yield and runs again next iteration."""

    __slots__ = ()

    def __await__(self):
        yield


_sleep0 = _Sleep0


async def sleep(delay, result=None):
    """Suspends the current task for `delay` seconds (sleep(0): for one loop iteration)."""
    if delay <= 0:
        await _sleep0()
        return result
    future, h = _sleep_begin(delay, result)
    try:
        return await future
    finally:
        _timer_cancel(h)


def _sleep_begin(delay, result):
    # sleep() up to its await (native on our engine, src/stdlib/native/asyncio-loop.ts).
    loop = events.get_running_loop()
    future = loop.create_future()
    if _trace.enabled:
        future._kitchen_desc = f'sleep {delay:g}'
    h = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    return future, h


def _timer_cancel(h):
    h.cancel()


def ensure_future(coro_or_future, *, loop=None):
    """Wraps a coroutine or awaitable in a Task; returns a Future unchanged."""
    return _ensure_future(coro_or_future, loop=loop)


def _ensure_future(coro_or_future, *, loop=None):
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    called_wrap_awaitable = False
    if not coroutines.iscoroutine(coro_or_future):
        import inspect
        if inspect.isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            called_wrap_awaitable = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = events._get_event_loop(stacklevel=4)
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not called_wrap_awaitable:
            coro_or_future.close()
        raise


async def _wrap_awaitable(awaitable):
    return await awaitable


class _GatheringFuture(futures.Future):
    """The Future returned by gather(): cancelling it cancels its children."""

    def __init__(self, children, *, loop):
        assert loop is not None
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Runs the awaitables concurrently; the result is the list of their results, in order."""
    if not coros_or_futures:
        loop = events._get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()  # mark the exception retrieved
            return
        if not return_exceptions:
            if fut.cancelled():
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
                return
            else:
                exc = fut.exception()
                if exc is not None:
                    outer.set_exception(exc)
                    return
        if nfinished == nfuts:
            results = _gather_results(children)
            if outer._cancel_requested:
                fut = children[-1]  # python3's result loop leaves `fut` on the last child
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    fast = _gather_children(coros_or_futures, _done_callback)
    if fast is not None:
        children, nfuts, loop = fast
        coros_or_futures = ()
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = _ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    outer._kitchen_desc = f'gather of {nfuts}'
    return outer


def _gather_children(coros_or_futures, done_callback):
    # gather()'s loop over its arguments, done natively on our engine for coroutines and
    # futures (src/stdlib/native/asyncio-loop.ts); None: gather's own loop does it.
    return None


def _gather_results(children):
    results = []
    for fut in children:
        if fut.cancelled():
            res = exceptions.CancelledError(
                '' if fut._cancel_message is None else fut._cancel_message)
        else:
            res = fut.exception()
            if res is None:
                res = fut.result()
        results.append(res)
    return results


def shield(arg):
    """Protects an awaitable from being cancelled by the one awaiting it."""
    inner = _ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Submits a coroutine to a loop running in another thread; returns a concurrent Future."""
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    future = concurrent.futures.Future()

    def callback():
        try:
            futures._chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future


# Every Task not yet collected, and the Task running in each loop.
_all_tasks = set()
_current_tasks = {}


def _register_task(task):
    _all_tasks.add(task)


def _enter_task(loop, task):
    current_task = _current_tasks.get(loop)
    if current_task is not None:
        raise RuntimeError(f"Cannot enter into task {task!r} while another "
                           f"task {current_task!r} is being executed.")
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current_task = _current_tasks.get(loop)
    if current_task is not task:
        raise RuntimeError(f"Leaving task {task!r} does not match "
                           f"the current task {current_task!r}.")
    del _current_tasks[loop]
    if task.done():
        _all_tasks.discard(task)


def _unregister_task(task):
    _all_tasks.discard(task)


def _task_get_stack(task, *, limit=None):
    frame = getattr(task._coro, 'cr_frame', None)
    return [frame] if frame is not None else []


def _task_print_stack(task, *, limit=None, file=None):
    import sys
    print(f'Stack for {task!r}:', file=file or sys.stderr)


def _c_step(task, exc=None):
    # The step of the native Task (src/stdlib/native/asyncio.ts): everything but resuming the
    # coroutine is native. The resumption is written here, in Python, so that the coroutine
    # runs in this thread's own eval loop (coro.send from Python code resumes it in place):
    # a blocking call inside it (time.sleep) blocks the thread at top level, where every
    # platform waits with its own clock, as the Python Task does.
    exc = _c_step_begin(task, exc)
    try:
        if exc is None:
            result = task._coro.send(None)
        else:
            result = task._coro.throw(exc)
    except BaseException as e:
        if _c_step_raised(task, e):  # it also ends the step, as _c_step_yielded does
            raise
    else:
        _c_step_yielded(task, result)


def _c_wakeup(task, future):
    _c_step(task, _c_wakeup_exc(future))


_c_step.__qualname__ = 'Task.__step'
_c_wakeup.__qualname__ = 'Task.__wakeup'


# The native Task and task registry (src/stdlib/native/asyncio.ts) when the engine has them,
# as CPython's tasks.py takes _asyncio's.
if futures._asyncio is not None:
    _asyncio = futures._asyncio
    Task = _CTask = _asyncio.Task
    _asyncio._task_repr_info = _task_repr_info
    _asyncio._task_repr = _task_repr
    _asyncio._task_get_stack = _task_get_stack
    _asyncio._task_print_stack = _task_print_stack
    _asyncio._iscoroutine = coroutines.iscoroutine
    _asyncio._step = _c_step
    _asyncio._wakeup = _c_wakeup
    _all_tasks = _asyncio._all_tasks
    _current_tasks = _asyncio._current_tasks
    from _asyncio import (current_task, _register_task, _unregister_task, _enter_task,
                          _leave_task, _sleep0)
    from _asyncio import (_step_begin as _c_step_begin, _step_raised as _c_step_raised,
                          _step_yielded as _c_step_yielded,
                          _wakeup_exc as _c_wakeup_exc)
    from _asyncio import _sleep_begin, _timer_cancel, _gather_children, _gather_results
    _asyncio._set_result_unless_cancelled = futures._set_result_unless_cancelled
