"""Managers: shared dict, list, Namespace and Value objects reached through proxies.

python3's SyncManager starts a server process that owns the objects; proxies in any
process send it method calls over sockets. Ours keeps the same model with less
machinery: the server is a thread of the process that started the manager (not a
separate process), and requests and replies travel over the engine's channels. A proxy
pickles as (server channel, object id), so it can be passed to children, through queues
and to pool workers, and proxies may be stored inside other managed objects.

Objects that need no server get none: Manager().Queue() and JoinableQueue() are channel
queues (like multiprocessing.Queue, but allowed to travel anywhere, as proxies may), and
Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event and Barrier are the
process-shared ones of multiprocessing.synchronize. Managed objects live until the
manager shuts down (no reference counting across processes). After shutdown a proxy's
calls raise BrokenPipeError, as in python3.
"""

import itertools
import threading

import _kitchen_mp

from . import context, reduction
from .context import ProcessError

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Token', 'Namespace']

INITIAL, STARTED, SHUTDOWN = 'initial', 'started', 'shutdown'


class Token:
    """Identifies a managed object: its type id, its server and its id there."""
    __slots__ = ('typeid', 'address', 'id')

    def __init__(self, typeid, address, id):
        (self.typeid, self.address, self.id) = (typeid, address, id)

    def __getstate__(self):
        return (self.typeid, self.address, self.id)

    def __setstate__(self, state):
        (self.typeid, self.address, self.id) = state

    def __repr__(self):
        return '%s(typeid=%r, address=%r, id=%r)' % (self.__class__.__name__, self.typeid,
                                                     self.address, self.id)


class RemoteError(Exception):
    def __str__(self):
        return ('\n' + '-' * 75 + '\n' + str(self.args[0]) + '-' * 75)


class Namespace:
    def __init__(self, /, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)

    value = property(get, set)


class _Server:
    """Owns the managed objects and runs the method calls proxies send."""

    def __init__(self):
        self.cid = _kitchen_mp.channel_new()
        self.objects = {}
        self.ids = itertools.count(1)
        self.lock = threading.Lock()

    def add(self, obj):
        with self.lock:
            oid = next(self.ids)
            self.objects[oid] = obj
        return oid

    def serve(self):
        while True:
            request = reduction.loads(_kitchen_mp.channel_recv(self.cid, None))
            if request is None:
                return
            reply_cid, oid, method, args, kwds = request
            try:
                obj = self.objects[oid]
                if method == '#GETATTR':
                    result = getattr(obj, args[0])
                elif method == '#SETATTR':
                    result = setattr(obj, args[0], args[1])
                elif method == '#DELATTR':
                    result = delattr(obj, args[0])
                else:
                    result = getattr(obj, method)(*args, **kwds)
                    if method in _RETURNS_LIST:
                        result = list(result)
                reply = ('#RETURN', result)
            except Exception as e:
                reply = ('#ERROR', e)
            try:
                data = reduction.dumps(reply)
            except Exception as e:
                data = reduction.dumps(('#ERROR', e))
            _kitchen_mp.channel_send(reply_cid, data)


# dict views and iterators cannot travel: python3's proxies get lists for these.
_RETURNS_LIST = {'keys', 'values', 'items', '__iter__', '__reversed__'}

_reply = threading.local()


def _reply_channel():
    key = _kitchen_mp.getpid()
    if getattr(_reply, 'pid', None) != key:
        _reply.pid = key
        _reply.cid = _kitchen_mp.channel_new()
    return _reply.cid


class BaseProxy:
    """Forwards method calls to the object a manager's server owns."""

    _exposed_ = ()

    def __init__(self, token, serializer=None, manager=None, authkey=None, exposed=None,
                 incref=True, manager_owned=False):
        self._token = token
        self._manager = manager

    def _callmethod(self, methodname, args=(), kwds={}):
        reply_cid = _reply_channel()
        try:
            _kitchen_mp.channel_send(self._token.address, reduction.dumps(
                (reply_cid, self._token.id, methodname, tuple(args), dict(kwds))))
        except OSError:
            raise BrokenPipeError(32, 'Broken pipe') from None
        kind, result = reduction.loads(_kitchen_mp.channel_recv(reply_cid, None))
        if kind == '#ERROR':
            raise result
        return result

    def _getvalue(self):
        return self._callmethod('copy') if self._token.typeid in ('dict', 'list') \
            else self._callmethod('#GETATTR', ('__dict__',))

    def __reduce__(self):
        return RebuildProxy, (type(self), self._token)

    def __deepcopy__(self, memo):
        return self._getvalue()

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._token.typeid,
                                                  id(self))

    def __str__(self):
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def RebuildProxy(cls, token, *args):
    return cls(token)


def _method(name):
    def call(self, /, *args, **kwds):
        return self._callmethod(name, args, kwds)
    call.__name__ = name
    return call


def MakeProxyType(name, exposed):
    """A proxy class whose methods forward the given names."""
    namespace = {'_exposed_': tuple(exposed)}
    for meth in exposed:
        namespace[meth] = _method(meth)
    return type(name, (BaseProxy,), namespace)


_list_methods = ('__add__', '__contains__', '__delitem__', '__getitem__', '__len__',
                 '__mul__', '__reversed__', '__rmul__', '__setitem__', 'append', 'count',
                 'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort')


class ListProxy(MakeProxyType('BaseListProxy', _list_methods)):
    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self

    def __iter__(self):
        return iter(self._callmethod('copy'))


_dict_methods = ('__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__',
                 'clear', 'copy', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault',
                 'update', 'values')


class DictProxy(MakeProxyType('BaseDictProxy', _dict_methods)):
    def __iter__(self):
        return iter(self._callmethod('keys'))


class NamespaceProxy(BaseProxy):
    _exposed_ = ('__getattribute__', '__setattr__', '__delattr__')

    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        return self._callmethod('#GETATTR', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        return self._callmethod('#SETATTR', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        return self._callmethod('#DELATTR', (key,))


class ValueProxy(BaseProxy):
    _exposed_ = ('get', 'set')

    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)


def _shareable(obj):
    """Lets a synchronization object or queue be pickled anywhere (a manager's objects
    travel like proxies do), along with the objects it is made of."""
    seen = set()

    def mark(o):
        if id(o) in seen or not hasattr(o, '__dict__'):
            return
        seen.add(id(o))
        o._shareable = True
        for v in list(vars(o).values()):
            if type(v).__module__ in ('multiprocessing.synchronize', 'multiprocessing.queues',
                                      'multiprocessing.sharedctypes'):
                mark(v)
    mark(obj)
    return obj


class BaseManager:
    """Starts a server for shared objects; use as a context manager or start()/shutdown()."""

    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *,
                 shutdown_timeout=1.0):
        self._ctx = ctx or context._default_context.get_context()
        self._state = INITIAL
        self._server = None
        self._thread = None

    def start(self, initializer=None, initargs=()):
        if self._state == STARTED:
            raise ProcessError("Already started server")
        if self._state == SHUTDOWN:
            raise ProcessError("Manager has shut down")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        if initializer is not None:
            initializer(*initargs)
        self._server = _Server()
        self._thread = threading.Thread(target=self._server.serve, daemon=True,
                                        name='SyncManager-server')
        self._thread.start()
        self._state = STARTED

    def _create(self, typeid, obj, proxytype):
        if self._state != STARTED:
            raise ProcessError("Manager has not been started" if self._state == INITIAL
                               else "Manager has shut down")
        oid = self._server.add(obj)
        return proxytype(Token(typeid, self._server.cid, oid), manager=self)

    def shutdown(self):
        if self._state != STARTED:
            return
        self._state = SHUTDOWN
        _kitchen_mp.channel_send(self._server.cid, reduction.dumps(None))
        self._thread.join()
        _kitchen_mp.channel_close(self._server.cid)

    def join(self, timeout=None):
        if self._thread is not None:
            self._thread.join(timeout)

    def __enter__(self):
        if self._state == INITIAL:
            self.start()
        if self._state != STARTED:
            raise ProcessError("Unable to enter manager context; state is %s" % self._state)
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    @property
    def address(self):
        return self._server and self._server.cid

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        """Adds a method typeid(*args) that makes callable(*args) in the server."""
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()
        if proxytype is None:
            names = exposed or [n for n in dir(callable) if not n.startswith('_')]
            proxytype = MakeProxyType('AutoProxy[%s]' % typeid, names)
        cls._registry[typeid] = (callable, proxytype)
        if create_method:
            def temp(self, /, *args, **kwds):
                return self._create(typeid, callable(*args, **kwds), proxytype)
            temp.__name__ = typeid
            setattr(cls, typeid, temp)


class SyncManager(BaseManager):
    """The manager multiprocessing.Manager() returns."""

    def dict(self, *args, **kwds):
        return self._create('dict', dict(*args, **kwds), DictProxy)

    def list(self, *args):
        return self._create('list', list(*args), ListProxy)

    def Namespace(self, **kwds):
        return self._create('Namespace', Namespace(**kwds), NamespaceProxy)

    def Value(self, typecode, value, lock=True):
        return self._create('Value', Value(typecode, value, lock), ValueProxy)

    def Array(self, typecode, sequence, lock=True):
        return self._create('Array', list(sequence), ListProxy)

    def Queue(self, maxsize=0):
        self._check_started()
        return _shareable(self._ctx.Queue(maxsize))

    def JoinableQueue(self, maxsize=0):
        self._check_started()
        return _shareable(self._ctx.JoinableQueue(maxsize))

    def Lock(self):
        self._check_started()
        return _shareable(self._ctx.Lock())

    def RLock(self):
        self._check_started()
        return _shareable(self._ctx.RLock())

    def Semaphore(self, value=1):
        self._check_started()
        return _shareable(self._ctx.Semaphore(value))

    def BoundedSemaphore(self, value=1):
        self._check_started()
        return _shareable(self._ctx.BoundedSemaphore(value))

    def Condition(self, lock=None):
        self._check_started()
        return _shareable(self._ctx.Condition(lock))

    def Event(self):
        self._check_started()
        return _shareable(self._ctx.Event())

    def Barrier(self, parties, action=None, timeout=None):
        self._check_started()
        return _shareable(self._ctx.Barrier(parties, action, timeout))

    def _check_started(self):
        if self._state != STARTED:
            raise ProcessError("Manager has not been started" if self._state == INITIAL
                               else "Manager has shut down")
