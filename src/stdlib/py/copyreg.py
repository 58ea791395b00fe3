"""Support for pickling and copying (Concurrency Kitchen's own `copyreg`): the reduction
registry and the helpers object.__reduce_ex__ refers to."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers pickle_function as the reduction of ob_type (copy and pickle use it)."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def __newobj__(cls, *args):
    """Used by object.__reduce_ex__(2+): creates the instance without calling __init__."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _slotnames(cls):
    """The names of the __slots__ of cls and its bases (cached on the class)."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if not hasattr(cls, "__slots__"):
        pass
    else:
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__['__slots__']
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    elif name.startswith('__') and not name.endswith('__'):
                        stripped = c.__name__.lstrip('_')
                        if stripped:
                            names.append('_%s%s' % (stripped, name))
                        else:
                            names.append(name)
                    else:
                        names.append(name)
    try:
        cls.__slotnames__ = names
    except:
        pass
    return names


_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    key = (module, name)
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()


# Heap types (classes made by a class statement) have this bit in __flags__ on CPython.
_HEAPTYPE = 1 << 9


def _is_builtin_type(cls):
    flags = getattr(cls, '__flags__', None)
    if flags is not None:
        return not flags & _HEAPTYPE
    return getattr(cls, '__module__', None) == 'builtins'


def _reduce_newobj(obj):
    """object.__reduce_ex__ for protocol 2 and up (after CPython's typeobject.c
    reduce_newobj): rebuild with cls.__new__(cls, *args) from __getnewargs_ex__ or
    __getnewargs__, then the state from __getstate__, and list or dict items for
    subclasses of list and dict."""
    cls = type(obj)
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    kwargs = None
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        args = getnewargs() if getnewargs is not None else ()
    state = obj.__getstate__()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return (__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems)
    return (__newobj__, (cls,) + tuple(args), state, listitems, dictitems)


def _object_reduce_ex(obj, proto):
    """object.__reduce_ex__(proto): an overridden __reduce__ wins, as in CPython."""
    reduce = getattr(type(obj), '__reduce__', None)
    if reduce is not None and reduce is not object.__reduce__:
        return obj.__reduce__()
    if proto >= 2:
        return _reduce_newobj(obj)
    return _reduce_ex(obj, proto)


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1: rebuild through _reconstructor from the
    nearest built-in base (called with the instance when that base is not object) and the
    instance's __dict__ or __getstate__() as its state."""
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        if _is_builtin_type(base):
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    getstate = getattr(self, '__getstate__', None)
    slots_msg = "a class that defines __slots__ without defining __getstate__ cannot be pickled"
    if getstate is None:
        if getattr(self, "__slots__", None):
            raise TypeError(slots_msg)
        dict = getattr(self, '__dict__', None)
    else:
        if (getattr(object, '__getstate__', None) is not None
                and type(self).__getstate__ is object.__getstate__
                and getattr(self, "__slots__", None)):
            raise TypeError(slots_msg)
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


def pickle_complex(c):
    """complex numbers pickle as complex(real, imag)."""
    return complex, (c.real, c.imag)


try:
    pickle(complex, pickle_complex, complex)
except NameError:   # an engine without complex numbers
    pass
