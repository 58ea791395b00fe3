"""`_kitchen_mp` for CPython: the engine's process API, built on real OS processes.

Our multiprocessing package (src/stdlib/py/multiprocessing) runs over a small native
module, `_kitchen_mp`, that the engine provides (docs/processes.md is the contract). This
file implements the same functions on CPython so that the package can be checked against
python3 by tools/check-stdlib-on-cpython.py, which installs it as `_kitchen_mp`. It is a
test fixture, not shipped in src/stdlib.

- Processes are real `python3` subprocesses. A child starts with the same module choice as
  its parent (our modules first on sys.path, CPython's copies of them dropped), then runs
  `multiprocessing.spawn.spawn_main(payload)` from a one-line `-c` program, as python3's
  own spawn start method does.
- Channels, semaphores and the registry of shared-memory blocks live in a broker: a thread
  of the first process of the run, serving a Unix socket. Each thread of each process has
  its own connection, so a blocking receive in one thread never holds up another. Requests
  and replies are marshal-encoded (not pickle: pickle is what is under test).
- Shared memory is a file in the run's temporary directory, mapped with mmap by every
  process that asks for it.
"""

import atexit
import marshal
import mmap
import os
import socket
import socketserver
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque

_ENV = 'CK_MP_BROKER'
_HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------------------
# Wire format: 4-byte length, then a marshal-encoded tuple.


def _send_msg(sock, obj):
    data = marshal.dumps(obj)
    sock.sendall(struct.pack('<I', len(data)) + data)


def _recv_exact(sock, n):
    chunks = []
    while n:
        chunk = sock.recv(n)
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        n -= len(chunk)
    return b''.join(chunks)


def _recv_msg(sock):
    n = struct.unpack('<I', _recv_exact(sock, 4))[0]
    return marshal.loads(_recv_exact(sock, n))


# ---------------------------------------------------------------------------------------
# The broker (in the first process of the run)


class _Broker:
    def __init__(self, directory):
        self.dir = directory
        self.lock = threading.Lock()
        self.changed = threading.Condition(self.lock)
        self.next_id = 1
        self.channels = {}      # id -> [deque of bytes, closed]
        self.sems = {}          # id -> [value, maxvalue]
        self.shared = {}        # id -> nbytes

    def _new_id(self):
        i = self.next_id
        self.next_id += 1
        return i

    def _deadline(self, timeout):
        return None if timeout is None else time.monotonic() + max(timeout, 0)

    def _wait(self, deadline):
        """Waits for a change; False once the deadline has passed."""
        if deadline is None:
            self.changed.wait()
            return True
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        self.changed.wait(left)
        return True

    def op_channel_new(self):
        with self.lock:
            cid = self._new_id()
            self.channels[cid] = [deque(), False]
            return cid

    def op_channel_send(self, cid, data):
        with self.lock:
            ch = self.channels[cid]
            if ch[1]:
                raise BrokenPipeError('channel is closed')
            ch[0].append(data)
            self.changed.notify_all()

    def op_channel_recv(self, cid, timeout):
        with self.lock:
            ch = self.channels[cid]
            deadline = self._deadline(timeout)
            while not ch[0]:
                if ch[1]:
                    raise EOFError
                if not self._wait(deadline):
                    return None
            return ch[0].popleft()

    def op_channel_wait(self, cid, timeout):
        with self.lock:
            ch = self.channels[cid]
            deadline = self._deadline(timeout)
            while not ch[0] and not ch[1]:
                if not self._wait(deadline):
                    return False
            return True

    def op_channel_size(self, cid):
        with self.lock:
            return len(self.channels[cid][0])

    def op_channel_close(self, cid):
        with self.lock:
            self.channels[cid][1] = True
            self.changed.notify_all()

    def op_sem_new(self, value, maxvalue):
        with self.lock:
            sid = self._new_id()
            self.sems[sid] = [value, maxvalue]
            return sid

    def op_sem_acquire(self, sid, timeout):
        with self.lock:
            sem = self.sems[sid]
            deadline = self._deadline(timeout)
            while sem[0] == 0:
                if not self._wait(deadline):
                    return False
            sem[0] -= 1
            return True

    def op_sem_release(self, sid):
        with self.lock:
            sem = self.sems[sid]
            if sem[0] >= sem[1]:
                raise ValueError('semaphore or lock released too many times')
            sem[0] += 1
            self.changed.notify_all()

    def op_sem_value(self, sid):
        with self.lock:
            return self.sems[sid][0]

    def op_shared_new(self, nbytes):
        with self.lock:
            shid = self._new_id()
            with open(os.path.join(self.dir, 'shm-%d' % shid), 'wb') as f:
                f.truncate(max(nbytes, 1))
            self.shared[shid] = nbytes
            return shid

    def op_shared_size(self, shid):
        with self.lock:
            return self.shared[shid]


def _serve(broker, path):
    class Handler(socketserver.BaseRequestHandler):
        def handle(self):
            sock = self.request
            while True:
                try:
                    op, args = _recv_msg(sock)
                except (EOFError, OSError):
                    return
                try:
                    reply = ('ok', getattr(broker, 'op_' + op)(*args))
                except Exception as e:
                    reply = ('err', type(e).__name__, str(e))
                try:
                    _send_msg(sock, reply)
                except OSError:
                    return

    class Server(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
        daemon_threads = True

    server = Server(path, Handler)
    t = threading.Thread(target=server.serve_forever, daemon=True, name='kitchen-mp-broker')
    t.start()
    return server


_local = threading.local()
_address = os.environ.get(_ENV)
_server = None
if _address is None:
    _dir = tempfile.mkdtemp(prefix='ck-mp-')
    _address = os.path.join(_dir, 'broker.sock')
    _server = _serve(_Broker(_dir), _address)
    os.environ[_ENV] = _address

    def _cleanup():
        import shutil
        shutil.rmtree(_dir, ignore_errors=True)
    atexit.register(_cleanup)
_DIR = os.path.dirname(_address)


def _call(op, *args):
    sock = getattr(_local, 'sock', None)
    if sock is None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.connect(_address)
        _local.sock = sock
    _send_msg(sock, (op, args))
    reply = _recv_msg(sock)
    if reply[0] == 'ok':
        return reply[1]
    exc = {'EOFError': EOFError, 'ValueError': ValueError, 'KeyError': KeyError,
           'BrokenPipeError': BrokenPipeError}.get(reply[1], OSError)
    raise exc(reply[2]) if reply[2] or exc is not EOFError else exc()


# ---------------------------------------------------------------------------------------
# The API (docs/processes.md)

def channel_new():
    return _call('channel_new')


def channel_send(cid, data):
    _call('channel_send', cid, bytes(data))


def channel_recv(cid, timeout=None):
    return _call('channel_recv', cid, timeout)


def channel_wait(cid, timeout=None):
    return _call('channel_wait', cid, timeout)


def channel_size(cid):
    return _call('channel_size', cid)


def channel_close(cid):
    _call('channel_close', cid)


def sem_new(value, maxvalue):
    return _call('sem_new', value, maxvalue)


def sem_acquire(sid, timeout=None):
    return _call('sem_acquire', sid, timeout)


def sem_release(sid):
    _call('sem_release', sid)


def sem_value(sid):
    return _call('sem_value', sid)


_views = {}


def shared_new(nbytes):
    return _call('shared_new', nbytes)


def _shared_map(shid):
    view = _views.get(shid)
    if view is None:
        nbytes = _call('shared_size', shid)
        with open(os.path.join(_DIR, 'shm-%d' % shid), 'r+b') as f:
            m = mmap.mmap(f.fileno(), max(nbytes, 1))
        view = _views[shid] = memoryview(m)[:nbytes]
    return view


def shared_read(shid, offset, nbytes):
    view = _shared_map(shid)
    if offset < 0 or nbytes < 0 or offset + nbytes > len(view):
        raise IndexError('shared memory access out of range')
    return bytes(view[offset:offset + nbytes])


def shared_write(shid, offset, data):
    view = _shared_map(shid)
    data = bytes(data)
    if offset < 0 or offset + len(data) > len(view):
        raise IndexError('shared memory access out of range')
    view[offset:offset + len(data)] = data


_children = {}


def spawn(payload, name):
    # The modules the checker replaces with ours (tools/check-stdlib-on-cpython.py BOOT).
    ours = os.path.dirname(os.path.dirname(sys.modules['multiprocessing'].__file__))
    drop = {n[:-3] if n.endswith('.py') else n for n in os.listdir(ours)
            if not n.startswith('_')} - {'os', 'posixpath', 'time', 'random'}
    config = {
        'drop': sorted(drop),
        'sys_path': sys.path,
        'files': {n: getattr(m, '__file__', None) for n, m in list(sys.modules.items())
                  if '.' not in n and getattr(m, '__file__', None)},
    }
    # One line, so that a traceback from the child starts as python3's spawn does:
    # File "<string>", line 1, in <module>.
    prog = ('import sys;sys.path.insert(0,%r);import _kitchen_mp_cpython as k;'
            'p=k._child_boot();import multiprocessing.spawn as s;s.spawn_main(p)' % _HERE)
    p = subprocess.Popen([sys.executable, '-c', prog], stdin=subprocess.PIPE)
    head = marshal.dumps(config)
    p.stdin.write(struct.pack('<I', len(head)) + head + bytes(payload))
    p.stdin.close()
    _children[p.pid] = p
    return p.pid


def join(pid, timeout=None):
    p = _children[pid]
    try:
        return p.wait(timeout if timeout is None else max(timeout, 0))
    except subprocess.TimeoutExpired:
        return None


def is_alive(pid):
    p = _children.get(pid)
    if p is not None:
        return p.poll() is None
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True


def terminate(pid):
    p = _children[pid]
    if p.poll() is None:
        p.terminate()


def kill(pid):
    p = _children[pid]
    if p.poll() is None:
        p.kill()


def getpid():
    return os.getpid()


def getppid():
    return os.getppid()


def cpu_count():
    return os.cpu_count() or 1


def main_source():
    main = sys.modules.get('__main__')
    path = getattr(main, '__file__', None)
    if path is None:
        return None
    with open(path) as f:
        return path, f.read()


def _child_boot():
    """In a new child: take the parent's module choice, return the spawn payload."""
    data = sys.stdin.buffer.read()
    n = struct.unpack('<I', data[:4])[0]
    config = marshal.loads(data[4:4 + n])
    payload = data[4 + n:]
    sys.path[:] = config['sys_path']
    files = config['files']
    drop = set(config['drop'])
    for name in list(sys.modules):
        top = name.split('.')[0]
        mod = sys.modules[top] if top in sys.modules else None
        want = files.get(top)
        if top in drop or want is not None and getattr(mod, '__file__', None) != want:
            del sys.modules[name]
    # Frozen modules (abc, os, ...) must come from sys.path like in the parent.
    sys.meta_path.sort(key=lambda f: getattr(f, '__name__', '') == 'FrozenImporter')
    sys.modules['_kitchen_mp'] = sys.modules[__name__]
    return payload
