"""Queues between processes: Queue, JoinableQueue, SimpleQueue.

A queue is one of the engine's channels (`_kitchen_mp.channel_*`): an unbounded FIFO of
pickled messages that any process of the run can send to or receive from by id. A bounded
Queue also holds a BoundedSemaphore counting free slots, as python3's does.

One difference from python3, by design: python3 pickles in a background "feeder" thread,
so put() returns at once even for an object that cannot be pickled, and the feeder thread
prints the PicklingError's traceback and drops the item. Here put() pickles right away
(channel sends never block), and reproduces that outcome: it prints the traceback to
stderr and drops the item, rather than raising.
"""

from queue import Empty, Full

import _kitchen_mp

from . import context, reduction

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']

_SEM_VALUE_MAX = 2147483647


def _timeout_arg(block, timeout):
    if not block:
        return 0
    if timeout is None:
        return None
    return max(timeout, 0)


class Queue:
    """A process-shared FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0, *, ctx):
        if maxsize <= 0:
            maxsize = _SEM_VALUE_MAX
        self._maxsize = maxsize
        self._cid = _kitchen_mp.channel_new()
        self._sem = ctx.BoundedSemaphore(maxsize) if maxsize < _SEM_VALUE_MAX else None
        self._reset()

    def _reset(self):
        self._closed = False
        self._ignore_epipe = False

    def __getstate__(self):
        if not getattr(self, '_shareable', False):
            context.assert_spawning(self)
        return (self._maxsize, self._cid, self._sem, getattr(self, '_shareable', False))

    def __setstate__(self, state):
        (self._maxsize, self._cid, self._sem, self._shareable) = state
        self._reset()

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if self._sem is not None and not self._sem.acquire(block, timeout):
            raise Full
        try:
            data = reduction.dumps(obj)
        except Exception:
            # What python3's feeder thread does with an object it cannot pickle.
            if self._sem is not None:
                self._sem.release()
            import traceback
            traceback.print_exc()
            return
        _kitchen_mp.channel_send(self._cid, data)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        data = _kitchen_mp.channel_recv(self._cid, _timeout_arg(block, timeout))
        if data is None:
            raise Empty
        if self._sem is not None:
            self._sem.release()
        return reduction.loads(data)

    def qsize(self):
        return _kitchen_mp.channel_size(self._cid)

    def empty(self):
        return not _kitchen_mp.channel_size(self._cid)

    def full(self):
        return self._sem is not None and self._sem._is_zero()

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)

    def cancel_join_thread(self):
        pass

    def __class_getitem__(cls, item):
        return cls


class JoinableQueue(Queue):
    """A Queue whose consumers call task_done(), so that join() can wait for all work."""

    def __init__(self, maxsize=0, *, ctx):
        Queue.__init__(self, maxsize, ctx=ctx)
        self._unfinished_tasks = ctx.Semaphore(0)
        self._cond = ctx.Condition()

    def __getstate__(self):
        return Queue.__getstate__(self) + (self._cond, self._unfinished_tasks)

    def __setstate__(self, state):
        Queue.__setstate__(self, state[:-2])
        self._cond, self._unfinished_tasks = state[-2:]

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if self._sem is not None and not self._sem.acquire(block, timeout):
            raise Full
        with self._cond:
            try:
                data = reduction.dumps(obj)
            except Exception:
                if self._sem is not None:
                    self._sem.release()
                import traceback
                traceback.print_exc()
                return
            self._unfinished_tasks.release()
            _kitchen_mp.channel_send(self._cid, data)

    def task_done(self):
        with self._cond:
            if not self._unfinished_tasks.acquire(False):
                raise ValueError('task_done() called too many times')
            if self._unfinished_tasks._is_zero():
                self._cond.notify_all()

    def join(self):
        with self._cond:
            if not self._unfinished_tasks._is_zero():
                self._cond.wait()


class SimpleQueue:
    """An unbounded process-shared FIFO with only get, put, empty and close."""

    def __init__(self, *, ctx):
        self._cid = _kitchen_mp.channel_new()
        self._closed = False

    def close(self):
        self._closed = True

    def empty(self):
        return not _kitchen_mp.channel_size(self._cid)

    def __getstate__(self):
        context.assert_spawning(self)
        return (self._cid,)

    def __setstate__(self, state):
        (self._cid,) = state
        self._closed = False

    def get(self):
        data = _kitchen_mp.channel_recv(self._cid, None)
        return reduction.loads(data)

    def put(self, obj):
        _kitchen_mp.channel_send(self._cid, reduction.dumps(obj))

    def __class_getitem__(cls, item):
        return cls
