"""asyncio: Concurrency Kitchen's own implementation of Python's event loop, tasks,
futures, queues, locks, timeouts and task groups, with CPython's observable semantics
(learnt from its documentation and Lib/asyncio; no code taken). It runs on our engine and,
for testing, on CPython itself."""

import sys

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from .tasks import *
from .threads import *
from .timeouts import *
from . import base_events, events, tasks, futures


class _UnixSelectorEventLoop(base_events.BaseEventLoop):
    """The default event loop. CPython's is selector-based; ours waits on a lock (see
    base_events) but keeps the name, so that reprs print as python3 prints them."""


SelectorEventLoop = _UnixSelectorEventLoop


class DefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop


__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ + exceptions.__all__ +
           futures.__all__ + locks.__all__ + queues.__all__ + runners.__all__ +
           taskgroups.__all__ + tasks.__all__ + threads.__all__ + timeouts.__all__ +
           ('SelectorEventLoop', 'DefaultEventLoopPolicy'))
