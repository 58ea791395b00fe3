"""ProcessPoolExecutor: runs callables in worker processes (Concurrency Kitchen's own).

Workers are multiprocessing processes (spawn) started on demand, one per submit() while
none is idle, up to max_workers. Calls travel to them pickled through one channel of the
engine (`_kitchen_mp`), results come back through another. In the parent, one manager
thread does all the bookkeeping, as python3's _ExecutorManagerThread does:

- it moves submitted work items to the call channel, keeping at most max_workers + 1 in
  flight, so a future not yet sent can still be cancelled (and one that is sent is
  marked running, as in python3);
- it reads results and completes the futures; an exception raised in a worker comes back
  with the worker's traceback as text and is re-raised by result() with that text as its
  __cause__ (_RemoteTraceback), as python3 prints it;
- it notices a worker that ended without being asked to (killed, os._exit, a failing
  initializer) and then fails every pending future with BrokenProcessPool, after which
  submit() raises BrokenProcessPool too;
- on shutdown it sends each worker None once the work is done (or cancelled, with
  cancel_futures=True) and joins them.
"""

import itertools
import sys
import threading
import traceback
from collections import deque

import _kitchen_mp
import multiprocessing as mp
from multiprocessing import reduction

from . import _base

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']

EXTRA_QUEUED_CALLS = 1
_WAKEUP = b'W'      # a message on the result channel that is not a pickle

_global_shutdown = False
_live_managers = []


def _python_exit():
    # At interpreter exit, let every executor finish its submitted work (python3 does).
    global _global_shutdown
    _global_shutdown = True
    for manager in list(_live_managers):
        manager.wakeup()
    for manager in list(_live_managers):
        manager.join()


threading._register_atexit(_python_exit)


class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class _ExceptionWithTraceback:
    """An exception leaving a worker, with its traceback formatted there."""

    def __init__(self, exc, tb):
        text = ''.join(traceback.format_exception(type(exc), exc, tb))
        self.exc = exc
        self.exc.__traceback__ = None
        self.tb = '\n"""\n%s"""' % text

    def __reduce__(self):
        return _rebuild_exc, (self.exc, self.tb)


def _rebuild_exc(exc, tb):
    exc.__cause__ = _RemoteTraceback(tb)
    return exc


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


class _ResultItem:
    def __init__(self, work_id, exception=None, result=None, exit_pid=None):
        self.work_id = work_id
        self.exception = exception
        self.result = result
        self.exit_pid = exit_pid


class _CallItem:
    def __init__(self, work_id, fn, args, kwargs):
        self.work_id = work_id
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


def _get_chunks(*iterables, chunksize):
    it = zip(*iterables)
    while True:
        chunk = tuple(itertools.islice(it, chunksize))
        if not chunk:
            return
        yield chunk


class _ChunkRunner:
    """fn applied to each argument tuple of a chunk (a picklable functools.partial)."""

    def __init__(self, fn):
        self.fn = fn

    def __call__(self, chunk):
        return [self.fn(*args) for args in chunk]


def _process_chunk(fn, chunk):
    return [fn(*args) for args in chunk]


def _chain_from_iterable_of_lists(iterable):
    for element in iterable:
        element.reverse()
        while element:
            yield element.pop()


def _sendback_result(result_cid, work_id, result=None, exception=None, exit_pid=None):
    try:
        data = reduction.dumps(_ResultItem(work_id, result=result, exception=exception,
                                           exit_pid=exit_pid))
    except BaseException as e:
        exc = _ExceptionWithTraceback(e, e.__traceback__)
        data = reduction.dumps(_ResultItem(work_id, exception=exc, exit_pid=exit_pid))
    _kitchen_mp.channel_send(result_cid, data)


def _process_worker(call_cid, result_cid, initializer, initargs, max_tasks=None):
    """The body of a worker process: run calls until None (or max_tasks of them)."""
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            # python3 logs this with logging.critical; without a logging setup that
            # prints the message and the traceback on stderr. The parent then sees the
            # worker gone and marks the pool broken.
            sys.stderr.write('Exception in initializer:\n')
            traceback.print_exc()
            return
    num_tasks = 0
    exit_pid = None
    while True:
        call_item = reduction.loads(_kitchen_mp.channel_recv(call_cid, None))
        if call_item is None:
            _kitchen_mp.channel_send(result_cid, reduction.dumps(_kitchen_mp.getpid()))
            return
        if max_tasks is not None:
            num_tasks += 1
            if num_tasks >= max_tasks:
                exit_pid = _kitchen_mp.getpid()
        try:
            r = call_item.fn(*call_item.args, **call_item.kwargs)
        except BaseException as e:
            exc = _ExceptionWithTraceback(e, e.__traceback__)
            _sendback_result(result_cid, call_item.work_id, exception=exc, exit_pid=exit_pid)
        else:
            _sendback_result(result_cid, call_item.work_id, result=r, exit_pid=exit_pid)
            del r
        del call_item
        if exit_pid is not None:
            return


class _ExecutorManager(threading.Thread):
    """The parent's bookkeeping thread (see the module docstring)."""

    def __init__(self, executor):
        super().__init__(name='ProcessPoolExecutorManager')
        self.executor = executor
        self.result_cid = executor._result_cid

    def wakeup(self):
        _kitchen_mp.channel_send(self.result_cid, _WAKEUP)

    def run(self):
        ex = self.executor
        try:
            while True:
                self.feed_calls()
                try:
                    data = _kitchen_mp.channel_recv(self.result_cid, 0.05)
                except (EOFError, OSError):
                    data = None
                if data is not None and data != _WAKEUP:
                    self.handle_result(reduction.loads(data))
                elif data is None and self.find_dead_worker():
                    self.terminate_broken()
                    return
                if self.is_shutting_down():
                    with ex._shutdown_lock:
                        if ex._cancel_pending_futures:
                            self.cancel_pending()
                    if not ex._pending_work_items:
                        self.shutdown_workers()
                        return
        finally:
            if self in _live_managers:
                _live_managers.remove(self)

    def is_shutting_down(self):
        return _global_shutdown or self.executor._shutdown_thread

    def feed_calls(self):
        ex = self.executor
        while ex._in_flight < ex._max_workers + EXTRA_QUEUED_CALLS:
            with ex._shutdown_lock:
                if not ex._work_ids:
                    return
                work_id = ex._work_ids.popleft()
                work_item = ex._pending_work_items.get(work_id)
            if work_item is None:
                continue
            if not work_item.future.set_running_or_notify_cancel():
                del ex._pending_work_items[work_id]
                continue
            try:
                data = reduction.dumps(_CallItem(work_id, work_item.fn, work_item.args,
                                                 work_item.kwargs))
            except BaseException as e:
                tb = traceback.format_exception(type(e), e, e.__traceback__)
                e.__cause__ = _RemoteTraceback('\n"""\n{}"""'.format(''.join(tb)))
                del ex._pending_work_items[work_id]
                work_item.future.set_exception(e)
                continue
            ex._in_flight += 1
            _kitchen_mp.channel_send(ex._call_cid, data)

    def handle_result(self, item):
        ex = self.executor
        if isinstance(item, int):
            # A worker leaving on request (None) says goodbye with its pid.
            p = ex._processes.pop(item, None)
            if p is not None:
                p.join()
            return
        ex._in_flight -= 1
        work_item = ex._pending_work_items.pop(item.work_id, None)
        if work_item is not None:
            if item.exception:
                work_item.future.set_exception(item.exception)
            else:
                work_item.future.set_result(item.result)
        if item.exit_pid is not None:
            # The worker reached max_tasks_per_child: replace it.
            p = ex._processes.pop(item.exit_pid, None)
            if p is not None:
                p.join()
            with ex._shutdown_lock:
                if not self.is_shutting_down() or ex._pending_work_items:
                    ex._adjust_process_count()
        else:
            ex._idle_worker_semaphore.release()

    def find_dead_worker(self):
        """A worker ended without being asked to (its results were all read first)."""
        ex = self.executor
        for pid, p in list(ex._processes.items()):
            if p.exitcode is not None:
                # Results it sent before ending come first.
                while True:
                    data = _kitchen_mp.channel_recv(self.result_cid, 0)
                    if data is None:
                        break
                    if data != _WAKEUP:
                        self.handle_result(reduction.loads(data))
                if pid in ex._processes:
                    return True
        return False

    def cancel_pending(self):
        ex = self.executor
        for work_id in list(ex._work_ids):
            work_item = ex._pending_work_items.pop(work_id, None)
            if work_item is not None:
                work_item.future.cancel()
        ex._work_ids.clear()

    def terminate_broken(self):
        ex = self.executor
        ex._broken = ('A child process terminated abruptly, the process pool is not '
                      'usable anymore')
        ex._shutdown_thread = True
        bpe = BrokenProcessPool("A process in the process pool was terminated abruptly "
                                "while the future was running or pending.")
        for work_item in ex._pending_work_items.values():
            work_item.future.set_exception(bpe)
        ex._pending_work_items.clear()
        ex._work_ids.clear()
        for p in ex._processes.values():
            if p.exitcode is None:
                p.terminate()
        for p in ex._processes.values():
            p.join()
        ex._processes.clear()

    def shutdown_workers(self):
        ex = self.executor
        for _ in range(len(ex._processes)):
            _kitchen_mp.channel_send(ex._call_cid, reduction.dumps(None))
        while ex._processes:
            try:
                data = _kitchen_mp.channel_recv(self.result_cid, 0.05)
            except (EOFError, OSError):
                break
            if data is not None and data != _WAKEUP:
                self.handle_result(reduction.loads(data))
            elif data is None:
                for pid, p in list(ex._processes.items()):
                    if p.exitcode is not None:
                        p.join()
                        del ex._processes[pid]


class BrokenProcessPool(_base.BrokenExecutor):
    """
    Raised when a process in a ProcessPoolExecutor terminated abruptly
    while a future was in the running state.
    """


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        """Runs calls in up to max_workers processes (default: the number of CPUs)."""
        if max_workers is None:
            self._max_workers = _kitchen_mp.cpu_count() or 1
        else:
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            self._max_workers = max_workers
        if mp_context is None:
            mp_context = mp.get_context("spawn") if max_tasks_per_child is not None \
                else mp.get_context()
        self._mp_context = mp_context
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._initializer = initializer
        self._initargs = initargs
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_tasks_per_child = max_tasks_per_child
        self._manager = None
        self._processes = {}
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()
        self._idle_worker_semaphore = threading.Semaphore(0)
        self._broken = False
        self._queue_count = 0
        self._pending_work_items = {}
        self._work_ids = deque()
        self._cancel_pending_futures = False
        self._in_flight = 0
        self._call_cid = _kitchen_mp.channel_new()
        self._result_cid = _kitchen_mp.channel_new()

    def _start_executor_manager_thread(self):
        if self._manager is None:
            self._manager = _ExecutorManager(self)
            _live_managers.append(self._manager)
            self._manager.start()

    def _adjust_process_count(self):
        if self._idle_worker_semaphore.acquire(blocking=False):
            return
        if len(self._processes) < self._max_workers:
            self._spawn_process()

    def _spawn_process(self):
        p = self._mp_context.Process(
            target=_process_worker,
            args=(self._call_cid, self._result_cid, self._initializer, self._initargs,
                  self._max_tasks_per_child))
        p.start()
        self._processes[p.pid] = p

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._pending_work_items[self._queue_count] = w
            self._work_ids.append(self._queue_count)
            self._queue_count += 1
            self._adjust_process_count()
            self._start_executor_manager_thread()
            self._manager.wakeup()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Returns an iterator equivalent to map(fn, iter), computed in the workers;
        chunksize > 1 sends the arguments in chunks of that many calls."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        results = super().map(_ChunkRunner(fn), _get_chunks(*iterables, chunksize=chunksize),
                              timeout=timeout)
        return _chain_from_iterable_of_lists(results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._cancel_pending_futures = cancel_futures
            self._shutdown_thread = True
        manager = self._manager
        if manager is not None:
            manager.wakeup()
            if wait:
                manager.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
