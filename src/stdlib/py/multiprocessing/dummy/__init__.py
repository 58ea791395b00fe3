"""multiprocessing.dummy: the multiprocessing API over threads of this process.

Process is a Thread with an exitcode, Pool is multiprocessing.pool.ThreadPool, the
synchronization objects and Queue are threading's and queue's, Manager() is this module
(dict and list are the builtins), Pipe passes objects through queues. Nothing is pickled.
"""

__all__ = [
    'Process', 'current_process', 'active_children', 'freeze_support',
    'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition',
    'Event', 'Barrier', 'Queue', 'Manager', 'Pipe', 'Pool', 'JoinableQueue'
]

import sys
import threading
from queue import Queue
from threading import Lock, RLock, Semaphore, BoundedSemaphore, Event, Condition, Barrier

from .connection import Pipe


class DummyProcess(threading.Thread):
    """A thread that looks like a process: exitcode is 0 once it has run."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        threading.Thread.__init__(self, group, target, name, args, kwargs)
        self._pid = None
        self._children = {}
        self._start_called = False
        self._parent = current_process()

    def start(self):
        if self._parent is not current_process():
            raise RuntimeError("Parent is {0!r} but current_process is {1!r}".format(
                self._parent, current_process()))
        self._start_called = True
        children = getattr(self._parent, '_children', None)
        if children is not None:
            children[self] = None
        threading.Thread.start(self)

    @property
    def exitcode(self):
        if self._start_called and not self.is_alive():
            return 0
        return None

    def terminate(self):
        pass    # a thread cannot be stopped from outside


Process = DummyProcess
current_process = threading.current_thread


def active_children():
    children = getattr(current_process(), '_children', None)
    if children is None:
        return []
    for p in list(children):
        if not p.is_alive():
            children.pop(p, None)
    return list(children)


def freeze_support():
    pass


class Namespace:
    def __init__(self, /, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        temp = ['%s=%r' % (name, value) for name, value in self.__dict__.items()
                if not name.startswith('_')]
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


dict = dict
list = list


def Array(typecode, sequence, lock=True):
    import array
    return array.array(typecode, sequence)


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, value):
        self._value = value

    def __repr__(self):
        return '<%s(%r, %r)>' % (type(self).__name__, self._typecode, self._value)


def Manager():
    return sys.modules[__name__]


def shutdown():
    pass


def Pool(processes=None, initializer=None, initargs=()):
    from ..pool import ThreadPool
    return ThreadPool(processes, initializer, initargs)


JoinableQueue = Queue
