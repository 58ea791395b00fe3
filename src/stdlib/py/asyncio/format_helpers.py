"""How callbacks and coroutines are shown in reprs and messages."""

import functools
import reprlib


def _get_function_source(func):
    import inspect
    func = inspect.unwrap(func)
    if inspect.isfunction(func):
        code = func.__code__
        return (code.co_filename, code.co_firstlineno)
    if isinstance(func, functools.partial):
        return _get_function_source(func.func)
    if isinstance(func, functools.partialmethod):
        return _get_function_source(func.func)
    return None


def _format_callback_source(func, args):
    func_repr = _format_callback(func, args, None)
    source = _get_function_source(func)
    if source:
        func_repr += f' at {source[0]}:{source[1]}'
    return func_repr


def _format_args_and_kwargs(args, kwargs):
    items = []
    if args:
        items.extend(reprlib.repr(arg) for arg in args)
    if kwargs:
        items.extend(f'{k}={reprlib.repr(v)}' for k, v in kwargs.items())
    return '({})'.format(', '.join(items))


def _format_callback(func, args, kwargs, suffix=''):
    if isinstance(func, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    if hasattr(func, '__qualname__') and func.__qualname__:
        func_repr = func.__qualname__
    elif hasattr(func, '__name__') and func.__name__:
        func_repr = func.__name__
    else:
        func_repr = repr(func)
    func_repr += _format_args_and_kwargs(args, kwargs)
    if suffix:
        func_repr += suffix
    return func_repr


def _format_coroutine(coro):
    """`f() running at file:line` or `f() done, defined at file:line`, as in task reprs."""
    if not hasattr(coro, 'cr_code') and not hasattr(coro, 'gi_code'):
        coro_name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) or type(coro).__name__
        coro_name = f'{coro_name}()'
        running = getattr(coro, 'cr_running', False) or getattr(coro, 'gi_running', False)
        return f'{coro_name} running' if running else coro_name
    coro_name = getattr(coro, '__qualname__', None) or coro.__name__
    coro_name = f'{coro_name}()'
    coro_code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    coro_frame = getattr(coro, 'cr_frame', None) if hasattr(coro, 'cr_code') else getattr(coro, 'gi_frame', None)
    filename = coro_code.co_filename or '<empty co_filename>'
    lineno = 0
    if coro_frame is not None:
        lineno = coro_frame.f_lineno
        return f'{coro_name} running at {filename}:{lineno}'
    lineno = coro_code.co_firstlineno
    return f'{coro_name} done, defined at {filename}:{lineno}'
