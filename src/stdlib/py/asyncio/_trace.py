"""Trace hooks of the event loop: what the timeline and the kitchen draw for asyncio.

On our engine the `_kitchen` native module records task-create / task-step /
task-step-end / task-end / loop-idle / loop-blocked events. Elsewhere (this package also
runs on CPython, which is how it is tested) the hooks do nothing.
"""

try:
    from _kitchen import trace as _native_trace
except ImportError:
    _native_trace = None

enabled = _native_trace is not None


def emit(kind, **args):
    if _native_trace is not None:
        _native_trace(kind, args)


def describe_awaitable(fut):
    """A short description of what a task waits for, for the trace and the kitchen rail."""
    desc = getattr(fut, '_kitchen_desc', None)
    if desc is not None:
        return desc
    name = getattr(fut, 'get_name', None)
    if name is not None:
        return 'task ' + name()
    return 'future'
