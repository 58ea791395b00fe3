"""The event loop (our own asyncio), faithful to CPython's base_events._run_once:

- `_ready` is a FIFO of callbacks; one iteration runs exactly the callbacks that were ready
  when it began (callbacks they schedule run in the next iteration);
- timers live in a heap (`_scheduled`); an iteration first moves the due ones to `_ready`;
- when nothing is ready, the loop waits until the next timer or until another thread calls
  call_soon_threadsafe. CPython waits in selector.select(); this loop has no sockets and
  waits on a lock that call_soon_threadsafe releases, so the wait is a real blocking wait
  of the thread (on our engine it releases the GIL and shows as `loop-idle`).

A coroutine that calls time.sleep() blocks the thread running the loop, and with it every
task: nothing else can run until it returns. The trace shows this as `loop-blocked`.
"""

import collections
import heapq
import math
import sys
import threading
import time

# concurrent.futures and traceback are imported where they are used (executors, error
# reports): every program that imports asyncio would otherwise compile them at start.

from . import _trace
from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks

__all__ = ('BaseEventLoop',)

_run_handle = events.Handle._run
_heappop = heapq.heappop
_heappush = heapq.heappush
_new_timer_handle = events.TimerHandle

_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
MAXIMUM_SELECT_TIMEOUT = 24 * 3600

try:
    from _thread import _acquire_as
except ImportError:
    def _acquire_as(lock, blocking, timeout, what):
        return lock.acquire(blocking, timeout)


def _format_handle(handle):
    cb = handle._callback
    if isinstance(getattr(cb, '__self__', None), tasks.Task):
        return repr(cb.__self__)
    else:
        return str(handle)


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    futures._get_loop(fut).stop()


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        # A list, swapped for a new one at each iteration (see _run_once): list operations
        # are native, a deque is Python code in our engine.
        self._ready = []
        self._scheduled = []
        # Sequence numbers of timers (ties on `when` keep scheduling order); a plain int
        # rather than itertools.count, which is Python code in our engine.
        self._timer_seq = 0
        self._default_executor = None
        self._internal_fds = 0
        self._thread_id = None
        self._clock_resolution = time.get_clock_info('monotonic').resolution
        self._exception_handler = None
        self.set_debug(False)
        self.slow_callback_duration = 0.1
        self._current_handle = None
        self._task_factory = None
        self._coroutine_origin_tracking_enabled = False
        self._coroutine_origin_tracking_saved_depth = None
        self._asyncgens = set()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        # The wait of an idle iteration: held while nobody has woken the loop.
        self._wake_lock = threading.Lock()
        self._wake_lock.acquire()

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_default_executor(self):
        if self._executor_shutdown_called:
            raise RuntimeError('Executor shutdown has been called')

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing_agens = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(*[ag.aclose() for ag in closing_agens], return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Runs iterations until stop() is called."""
        self._check_closed()
        self._check_running()
        self._thread_id = threading.get_ident()
        events._set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)

    def run_until_complete(self, future):
        """Runs until `future` (a coroutine is wrapped in a Task) is done; returns its result."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        """Closes the loop: drops pending callbacks, shuts the default executor down."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)
        futures._unretrieved.report()

    def is_closed(self):
        return self._closed

    def is_running(self):
        return (self._thread_id is not None)

    def time(self):
        return time.monotonic()

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self._call_at(self.time() + delay, callback, args, context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        return self._call_at(when, callback, args, context)

    def _call_at(self, when, callback, args, context):
        # call_at's work, which call_later does without a second *args call (python3's
        # call_later calls call_at: its debug check names call_at too).
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        timer = _new_timer_handle(when, callback, args, self, context)
        # Heap entries are (when, sequence, handle): tuples compare without calling Python
        # code, and equal deadlines keep the order they were scheduled in.
        seq = self._timer_seq
        self._timer_seq = seq + 1
        _heappush(self._scheduled, (when, seq, timer))
        timer._scheduled = True
        return timer

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_soon')
        handle = self._call_soon(callback, args, context)
        return handle

    def _check_callback(self, callback, method):
        if (coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback)):
            raise TypeError(f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def _call_soon(self, callback, args, context):
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def _check_thread(self):
        if self._thread_id is None:
            return
        thread_id = threading.get_ident()
        if thread_id != self._thread_id:
            raise RuntimeError("Non-thread-safe operation invoked on an event loop other "
                               "than the current one")

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = self._call_soon(callback, args, context)
        self._write_to_self()
        return handle

    def _write_to_self(self):
        # Wake an idle iteration; the lock may already be free (a wake-up is pending).
        try:
            self._wake_lock.release()
        except RuntimeError:
            pass

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        import concurrent.futures
        if executor is None:
            executor = self._default_executor
            self._check_default_executor()
            if executor is None:
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        import concurrent.futures
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Prints the context as asyncio's logger does with logging unconfigured."""
        import traceback
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        exception = context.get('exception')
        log_lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            value = context[key]
            if key == 'source_traceback':
                tb = ''.join(traceback.format_list(value))
                value = 'Object created at (most recent call last):\n'
                value += tb.rstrip()
            else:
                value = repr(value)
            log_lines.append(f'{key}: {value}')
        text = '\n'.join(log_lines)
        if exception is not None:
            text += '\n' + ''.join(traceback.format_exception(
                type(exception), exception, exception.__traceback__)).rstrip('\n')
        print(text, file=sys.stderr)

    def call_exception_handler(self, context):
        import traceback
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                print('Exception in default exception handler', file=sys.stderr)
                traceback.print_exc()
        else:
            try:
                ctx = None
                thing = context.get("task")
                if thing is None:
                    thing = context.get("future")
                if thing is None:
                    thing = context.get("handle")
                if thing is not None and hasattr(thing, "get_context"):
                    ctx = thing.get_context()
                if ctx is not None and hasattr(ctx, "run"):
                    ctx.run(self._exception_handler, self, context)
                else:
                    self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    print('Exception in default exception handler while handling an '
                          'unexpected error in custom exception handler', file=sys.stderr)
                    traceback.print_exc()

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _wait(self, timeout):
        """The idle wait of an iteration (CPython: selector.select(timeout))."""
        if timeout is not None and timeout <= 0:
            # Poll: consume a pending wake-up without blocking.
            self._wake_lock.acquire(False)
            return
        if timeout is not None:
            # As CPython's default selector on Linux (epoll) does: its wait has a resolution
            # of one millisecond, so a timeout is rounded up to whole milliseconds, and the
            # timers due within it run together in the next iteration.
            timeout = math.ceil(timeout * 1e3) * 1e-3
        if _trace.enabled:
            _trace.emit('loop-idle', micros=-1 if timeout is None else int(timeout * 1e6))
        _acquire_as(self._wake_lock, True, -1 if timeout is None else timeout, 'select')

    def _run_once(self):
        """One iteration: wait for the next timer or wake-up, then run what is ready."""
        sched_count = len(self._scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            # Many cancelled timers: rebuild the heap without them.
            new_scheduled = []
            for entry in self._scheduled:
                if entry[2]._cancelled:
                    entry[2]._scheduled = False
                else:
                    new_scheduled.append(entry)
            heapq.heapify(new_scheduled)
            self._scheduled = new_scheduled
            self._timer_cancelled_count = 0
        else:
            while self._scheduled and self._scheduled[0][2]._cancelled:
                self._timer_cancelled_count -= 1
                handle = _heappop(self._scheduled)[2]
                handle._scheduled = False

        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            when = self._scheduled[0][0]
            timeout = min(max(0, when - self.time()), MAXIMUM_SELECT_TIMEOUT)
        self._wait(timeout)

        scheduled = self._scheduled
        if scheduled:
            end_time = self.time() + self._clock_resolution
            _pop_due(scheduled, self._ready, end_time)

        # Only the callbacks ready now run in this iteration: they are taken as a batch, and
        # what they schedule goes to a fresh list, for the next iteration.
        ready = self._ready
        ntodo = len(ready)
        self._ready = []
        i = 0
        try:
            while i < ntodo:
                handle = ready[i]
                i += 1
                if handle._cancelled:
                    continue
                if self._debug:
                    self._run_timed(handle)
                else:
                    _run_handle(handle)
        finally:
            if i < len(ready):
                # An exception stopped the batch (or another thread appended to it late):
                # the rest stays first in line, as in a deque.
                self._ready[0:0] = ready[i:]
        handle = None

    def _run_timed(self, handle):
        """Debug mode: runs a callback and warns if it held the loop longer than
        slow_callback_duration. (The trace's `loop-blocked` comes from Handle._run.)"""
        try:
            self._current_handle = handle
            t0 = self.time()
            _run_handle(handle)
            dt = self.time() - t0
            if dt >= self.slow_callback_duration:
                print('Executing %s took %.3f seconds' % (_format_handle(handle), dt),
                      file=sys.stderr)
        finally:
            self._current_handle = None

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled


def _pop_due(scheduled, ready, end_time):
    # The timers due before end_time leave the heap for the ready list (native on our engine).
    while scheduled:
        if scheduled[0][0] >= end_time:
            break
        handle = _heappop(scheduled)[2]
        handle._scheduled = False
        ready.append(handle)


# The native Task schedules its steps the way call_soon does, without running it, while the
# loop's call_soon and _call_soon are these (src/stdlib/native/asyncio-state.ts).
if futures._asyncio is not None:
    futures._asyncio._base_call_soon = BaseEventLoop.call_soon
    futures._asyncio._base__call_soon = BaseEventLoop._call_soon
    futures._asyncio._Handle = events.Handle
    futures._asyncio._TimerHandle = events.TimerHandle
    _new_timer_handle = futures._asyncio._timer_handle
    # What the natives of src/stdlib/native/asyncio-loop.ts do without Python frames, while
    # a loop's methods are these.
    for _name in ('create_future', 'create_task', 'call_later', '_call_at', 'time',
                  '_timer_handle_cancelled'):
        setattr(futures._asyncio, '_base_' + _name, getattr(BaseEventLoop, _name))
    del _name
    futures._asyncio._monotonic = time.monotonic
    futures._asyncio._TimerHandle_cancel = events.TimerHandle.cancel
    _pop_due = futures._asyncio._pop_due
