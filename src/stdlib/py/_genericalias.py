"""types.GenericAlias (`list[int]`) and types.UnionType (`int | str`) for Concurrency
Kitchen's VM. The VM's builtin containers answer `cls[item]` with GenericAlias(cls, item)
(their __class_getitem__) and `type.__or__` builds a UnionType, both by calling into this
module. Behaviour follows CPython 3.11 Objects/genericaliasobject.c and
Objects/unionobject.c: attribute access is forwarded to the origin class except for the
alias's own names, calling the alias makes an origin instance and records __orig_class__,
type variables (objects with __typing_subst__) become __parameters__ and can be substituted
with alias[...]; a union flattens nested unions, drops duplicates and collapses to its only
member.
"""

_NoneType = type(None)

# Names an alias answers itself; everything else is looked up on the origin class
# (CPython's attr_exceptions in genericaliasobject.c).
_OWN = frozenset({
    '__class__', '__origin__', '__args__', '__unpacked__', '__parameters__',
    '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__', '__reduce__',
    '__copy__', '__deepcopy__',
})


def _repr_item(p):
    # How one argument is shown inside list[...] (ga_repr_item).
    if p is ...:
        return '...'
    try:
        if hasattr(p, '__origin__') and hasattr(p, '__args__'):
            return repr(p)
        qualname = p.__qualname__
        module = p.__module__
    except AttributeError:
        return repr(p)
    if module == 'builtins':
        return qualname
    return f'{module}.{qualname}'


def _is_typevar_like(x):
    return not isinstance(x, type) and hasattr(x, '__typing_subst__')


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, type):
            continue
        if hasattr(a, '__typing_subst__'):
            if a not in params:
                params.append(a)
            continue
        sub = getattr(a, '__parameters__', None)
        if isinstance(sub, tuple):
            for p in sub:
                if p not in params:
                    params.append(p)
    return tuple(params)


def _subs_parameters(alias, args, parameters, item):
    # alias[item] for an alias with type variables (_Py_subs_parameters).
    if not parameters:
        raise TypeError(f'{alias!r} is not a generic class')
    items = item if isinstance(item, tuple) else (item,)
    if len(items) != len(parameters):
        raise TypeError(f"Too {'many' if len(items) > len(parameters) else 'few'} arguments "
                        f'for {alias!r}; actual {len(items)}, expected {len(parameters)}')
    mapping = dict(zip(parameters, items))
    new = []
    for a in args:
        if isinstance(a, type):
            new.append(a)
        elif hasattr(a, '__typing_subst__'):
            new.append(a.__typing_subst__(mapping[a]))
        else:
            sub = getattr(a, '__parameters__', None)
            if isinstance(sub, tuple) and sub:
                sub_items = tuple(mapping[p] for p in sub)
                a = a[sub_items[0] if len(sub_items) == 1 else sub_items]
            new.append(a)
    return tuple(new)


class GenericAlias:
    """Represent a PEP 585 generic type

E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."""

    __slots__ = ('__origin__', '__args__', '_parameters', '__unpacked__')

    def __new__(cls, origin, args, /):
        self = object.__new__(cls)
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, '__origin__', origin)
        object.__setattr__(self, '__args__', args)
        object.__setattr__(self, '_parameters', None)
        object.__setattr__(self, '__unpacked__', False)
        return self

    def __getattribute__(self, name):
        if name in _OWN or name == '_parameters':
            return object.__getattribute__(self, name)
        if name == '__dict__' or name == '__slots__':
            raise AttributeError(name)
        return getattr(object.__getattribute__(self, '__origin__'), name)

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    @property
    def __parameters__(self):
        p = object.__getattribute__(self, '_parameters')
        if p is None:
            p = _collect_parameters(self.__args__)
            object.__setattr__(self, '_parameters', p)
        return p

    @property
    def __typing_unpacked_tuple_args__(self):
        if self.__unpacked__ and self.__origin__ is tuple:
            return self.__args__
        return None

    def __repr__(self):
        if len(self.__args__) == 0:
            inner = '()'
        else:
            inner = ', '.join(_repr_item(a) for a in self.__args__)
        return ('*' if self.__unpacked__ else '') + f'{_repr_item(self.__origin__)}[{inner}]'

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, item):
        args = _subs_parameters(self, self.__args__, self.__parameters__, item)
        res = GenericAlias(self.__origin__, args)
        object.__setattr__(res, '__unpacked__', self.__unpacked__)
        return res

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (self.__unpacked__ == other.__unpacked__ and self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __reduce__(self):
        return (GenericAlias, (self.__origin__, self.__args__))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __iter__(self):
        starred = GenericAlias(self.__origin__, self.__args__)
        object.__setattr__(starred, '__unpacked__', True)
        yield starred

    def __dir__(self):
        names = set(dir(self.__origin__))
        names.update(_OWN)
        return sorted(names)


GenericAlias.__module__ = 'types'


def _unionable(x):
    return x is None or isinstance(x, (type, GenericAlias, UnionType))


def _union_or(a, b):
    # type.__or__ / GenericAlias.__or__ (_Py_union_type_or).
    if not _unionable(a) or not _unionable(b):
        return NotImplemented
    args = []
    for x in (a, b):
        if isinstance(x, UnionType):
            args.extend(x.__args__)
        else:
            args.append(_NoneType if x is None else x)
    unique = []
    for x in args:
        if not any(x is y or (type(x) is type(y) and x == y) for y in unique):
            unique.append(x)
    if len(unique) == 1:
        return unique[0]
    u = object.__new__(UnionType)
    object.__setattr__(u, '__args__', tuple(unique))
    return u


class UnionType:
    """Represent a PEP 604 union type

E.g. for int | str"""

    __slots__ = ('__args__',)

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    @property
    def __parameters__(self):
        return _collect_parameters(self.__args__)

    def __repr__(self):
        return ' | '.join('None' if a is _NoneType else _repr_item(a) for a in self.__args__)

    def __getitem__(self, item):
        args = _subs_parameters(self, self.__args__, self.__parameters__, item)
        res = args[0]
        for a in args[1:]:
            res = res | a
        return res

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError('isinstance() argument 2 cannot be a parameterized generic')
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError('issubclass() argument 2 cannot be a parameterized generic')
        return issubclass(cls, self.__args__)

    def __reduce__(self):
        import functools
        import operator
        return (functools.reduce, (operator.or_, self.__args__))


UnionType.__module__ = 'types'
