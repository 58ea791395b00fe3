"""Pool: a fixed set of worker processes running tasks (map, imap, apply, starmap, ...).

Tasks go to the workers through one channel and results come back through another, all
pickled. In the parent, one "result handler" thread takes results off the channel, fills
in the AsyncResult objects and runs the callbacks (in that thread, as python3's does);
between results it keeps the pool at its size, replacing workers that left after
maxtasksperchild tasks. python3 feeds tasks from another thread; here map_async and
friends pickle and send their tasks right away (channel sends never block), so a task
that cannot be pickled fails its result at once, as python3's task thread makes it fail.

map() and starmap() cut the input into chunks of python3's default size
(len / (4 * processes), rounded up); an exception raised in a worker is re-raised by
get() with the worker's traceback attached as __cause__ (RemoteTraceback), as python3's.
"""

import collections
import itertools
import queue
import threading
import traceback

import _kitchen_mp

from . import context, reduction

__all__ = ['Pool', 'ThreadPool']

INIT = "INIT"
RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"

job_counter = itertools.count()


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


class RemoteTraceback(Exception):
    """Carries a worker's formatted traceback; set as __cause__ of the re-raised error."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class ExceptionWithTraceback:
    """An exception on its way from a worker, with its traceback as text."""

    def __init__(self, exc, tb):
        text = ''.join(traceback.format_exception(type(exc), exc, tb))
        self.exc = exc
        self.tb = '\n"""\n%s"""' % text

    def __reduce__(self):
        return rebuild_exc, (self.exc, self.tb)


def rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


class MaybeEncodingError(Exception):
    """Wraps an exception raised while pickling a result, so the parent still hears of it."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


class _ChannelQueue:
    """A pool's task or result queue between processes: an engine channel carrying
    pickles. It travels to the workers as its channel id."""

    def __init__(self, cid=None):
        self.cid = _kitchen_mp.channel_new() if cid is None else cid

    def put(self, obj):
        _kitchen_mp.channel_send(self.cid, reduction.dumps(obj))

    def get(self, timeout=None):
        data = _kitchen_mp.channel_recv(self.cid, timeout)
        if data is None:
            raise queue.Empty
        return reduction.loads(data)

    def __reduce__(self):
        return _ChannelQueue, (self.cid,)


class _ThreadQueue:
    """ThreadPool's queues: objects pass between threads as they are, unpickled."""

    def __init__(self):
        self._q = queue.SimpleQueue()

    def put(self, obj):
        self._q.put(obj)

    def get(self, timeout=None):
        return self._q.get(timeout=timeout)


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None,
           wrap_exception=False):
    """The body of a pool worker: run tasks until a None task or maxtasks of them."""
    if (maxtasks is not None) and not (isinstance(maxtasks, int) and maxtasks >= 1):
        raise AssertionError("Maxtasks {!r} is not valid".format(maxtasks))
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or (maxtasks and completed < maxtasks):
        try:
            task = inqueue.get()
        except (EOFError, OSError):
            break
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            if wrap_exception and func is not _helper_reraises_exception:
                e = ExceptionWithTraceback(e, e.__traceback__)
            result = (False, e)
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[1])
            outqueue.put((job, i, (False, wrapped)))
        task = job = result = func = args = kwds = None
        completed += 1


def _helper_reraises_exception(ex):
    raise ex


class Pool:
    """A pool of worker processes."""

    _wrap_exception = True

    @staticmethod
    def Process(ctx, *args, **kwds):
        return ctx.Process(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        self._pool = []
        self._state = INIT
        self._ctx = context or _default_ctx()
        self._setup_queues()
        self._cache = {}
        self._lock = threading.RLock()
        self._cache_empty = threading.Condition(self._lock)
        self._maxtasksperchild = maxtasksperchild
        self._initializer = initializer
        self._initargs = initargs
        if processes is None:
            processes = _kitchen_mp.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._repopulate_pool()
        self._state = RUN
        self._handler = threading.Thread(target=self._handle_results, daemon=True)
        self._handler.start()

    def _setup_queues(self):
        self._inqueue = _ChannelQueue()
        self._outqueue = _ChannelQueue()

    def __repr__(self):
        return (f'<{self.__class__.__module__}.{self.__class__.__qualname__} '
                f'state={self._state} pool_size={len(self._pool)}>')

    # -- workers ------------------------------------------------------------------------

    def _repopulate_pool(self):
        with self._lock:
            for _ in range(self._processes - len(self._pool)):
                w = self.Process(self._ctx, target=worker,
                                 args=(self._inqueue, self._outqueue, self._initializer,
                                       self._initargs, self._maxtasksperchild,
                                       self._wrap_exception))
                w.name = w.name.replace('Process', 'PoolWorker')
                w.daemon = True
                w.start()
                self._pool.append(w)

    def _maintain_pool(self):
        with self._lock:
            if self._state == TERMINATE:
                return
            ended = [w for w in self._pool if w.exitcode is not None]
            for w in ended:
                w.join()
                self._pool.remove(w)
            if ended and (self._state == RUN or self._cache):
                self._repopulate_pool()

    def _handle_results(self):
        # Without maxtasksperchild no worker leaves on its own: wait for results only.
        timeout = None if self._maxtasksperchild is None else 0.1
        while True:
            try:
                job, i, obj = self._outqueue.get(timeout)
            except queue.Empty:
                if self._state == TERMINATE:
                    return
                if self._maxtasksperchild is not None:
                    self._maintain_pool()
                continue
            except (EOFError, OSError):
                return
            if job is None:
                return
            with self._lock:
                result = self._cache.get(job)
            if result is not None:
                result._set(i, obj)
            if self._maxtasksperchild is not None:
                self._maintain_pool()

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _put_tasks(self, result, tasks):
        """Sends tasks (pickled, for processes); returns how many. A task that cannot be
        pickled fails its result, and the others still go (as python3's task thread does)."""
        n = 0
        for task in tasks:
            n += 1
            try:
                self._inqueue.put(task)
            except Exception as e:
                result._set(task[1], (False, e))
        return n

    def _register(self, result):
        with self._lock:
            self._cache[result._job] = result

    def _unregister(self, job):
        with self._lock:
            self._cache.pop(job, None)
            if not self._cache:
                self._cache_empty.notify_all()

    # -- the API ------------------------------------------------------------------------

    def apply(self, func, args=(), kwds={}):
        """Calls func(*args, **kwds) in a worker and returns its result."""
        return self.apply_async(func, args, kwds).get()

    def map(self, func, iterable, chunksize=None):
        """Like map(), in the workers; returns a list."""
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        """Like itertools.starmap(), in the workers; returns a list."""
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback,
                               error_callback)

    def imap(self, func, iterable, chunksize=1):
        """Like map(), lazily and in order."""
        self._check_running()
        if chunksize == 1:
            result = IMapIterator(self)
            result._set_length(self._put_tasks(result, ((result._job, i, func, (x,), {})
                                                        for i, x in enumerate(iterable))))
            return result
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        result = IMapIterator(self)
        result._set_length(self._put_tasks(result, (
            (result._job, i, mapstar, (batch,), {})
            for i, batch in enumerate(_get_tasks(func, iterable, chunksize)))))
        return (item for chunk in result for item in chunk)

    def imap_unordered(self, func, iterable, chunksize=1):
        """Like imap(), results in the order they are ready."""
        self._check_running()
        if chunksize == 1:
            result = IMapUnorderedIterator(self)
            result._set_length(self._put_tasks(result, ((result._job, i, func, (x,), {})
                                                        for i, x in enumerate(iterable))))
            return result
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0!r}".format(chunksize))
        result = IMapUnorderedIterator(self)
        result._set_length(self._put_tasks(result, (
            (result._job, i, mapstar, (batch,), {})
            for i, batch in enumerate(_get_tasks(func, iterable, chunksize)))))
        return (item for chunk in result for item in chunk)

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        """Calls func(*args, **kwds) in a worker; returns an AsyncResult."""
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._put_tasks(result, [(result._job, 0, func, args, kwds)])
        return result

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        """Like map(); returns an AsyncResult whose get() gives the list."""
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
                   error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        result = MapResult(self, chunksize, len(iterable), callback,
                           error_callback=error_callback)
        self._put_tasks(result, ((result._job, i, mapper, (batch,), {})
                                 for i, batch in enumerate(_get_tasks(func, iterable, chunksize))))
        return result

    def close(self):
        """No more tasks: the workers leave once the submitted ones are done."""
        if self._state == RUN:
            self._state = CLOSE

    def terminate(self):
        """Stops the workers at once; unfinished work is lost."""
        with self._lock:
            if self._state == TERMINATE:
                return
            self._state = TERMINATE
            workers = list(self._pool)
        self._stop_workers(workers)
        for w in workers:
            w.join()
        self._outqueue.put((None, None, None))
        if self._handler is not threading.current_thread():
            self._handler.join()

    def _stop_workers(self, workers):
        for w in workers:
            if w.exitcode is None:
                w.terminate()

    def join(self):
        """Waits for the workers to leave (after close() or terminate())."""
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        if self._state == CLOSE:
            with self._lock:
                while self._cache:
                    self._cache_empty.wait(0.1)
                workers = list(self._pool)
            for _ in workers:
                self._inqueue.put(None)
            for w in workers:
                w.join()
            self._outqueue.put((None, None, None))
            self._handler.join()
        else:
            for w in self._pool:
                w.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()

    def __reduce__(self):
        raise NotImplementedError('pool objects cannot be passed between processes or pickled')


def _get_tasks(func, it, size):
    it = iter(it)
    while True:
        x = tuple(itertools.islice(it, size))
        if not x:
            return
        yield (func, x)


def _default_ctx():
    return context._default_context.get_context()


class ApplyResult:
    """The result of apply_async(): get(), wait(), ready(), successful()."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(job_counter)
        self._callback = callback
        self._error_callback = error_callback
        pool._register(self)

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise context.TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        pool, self._pool = self._pool, None
        if pool is not None:
            pool._unregister(self._job)

    def __class_getitem__(cls, item):
        return cls


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            self._pool = None
            pool._unregister(self._job)
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                self._finish()
        else:
            if not success and self._success:
                # The first error decides the outcome.
                self._success = False
                self._value = result
            if self._number_left == 0 or not success:
                if self._error_callback and not success:
                    self._error_callback(self._value)
                self._finish()

    def _finish(self):
        self._event.set()
        pool, self._pool = self._pool, None
        if pool is not None:
            pool._unregister(self._job)


class IMapIterator:
    """The iterator imap() returns: results in submission order, each as it arrives."""

    def __init__(self, pool):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(job_counter)
        self._items = collections.deque()
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._sent = 0
        pool._register(self)

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            try:
                item = self._items.popleft()
            except IndexError:
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration from None
                self._cond.wait(timeout)
                try:
                    item = self._items.popleft()
                except IndexError:
                    if self._index == self._length:
                        self._pool = None
                        raise StopIteration from None
                    raise context.TimeoutError from None
        success, value = item
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._index in self._unsorted:
                    obj = self._unsorted.pop(self._index)
                    self._items.append(obj)
                    self._index += 1
                self._cond.notify()
            else:
                self._unsorted[i] = obj
            done = self._index == self._length
        if done:
            self._done()

    def _done(self):
        pool, self._pool = self._pool, None
        if pool is not None:
            pool._unregister(self._job)

    def _set_length(self, length):
        with self._cond:
            self._length = length
            done = self._index == self._length
            self._cond.notify()
        if done:
            self._done()


class IMapUnorderedIterator(IMapIterator):
    def _set(self, i, obj):
        with self._cond:
            self._items.append(obj)
            self._index += 1
            self._cond.notify()
            done = self._index == self._length
        if done:
            self._done()


class ThreadPool(Pool):
    """Pool's API over threads of this process (multiprocessing.pool.ThreadPool): tasks
    and results are not pickled, exceptions are re-raised without a RemoteTraceback."""

    _wrap_exception = False

    @staticmethod
    def Process(ctx, *args, **kwds):
        from .dummy import Process
        return Process(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _setup_queues(self):
        self._inqueue = _ThreadQueue()
        self._outqueue = _ThreadQueue()

    def _stop_workers(self, workers):
        # Threads cannot be killed: drop the queued tasks, then ask each worker to leave.
        try:
            while True:
                self._inqueue.get(0)
        except queue.Empty:
            pass
        for _ in workers:
            self._inqueue.put(None)
