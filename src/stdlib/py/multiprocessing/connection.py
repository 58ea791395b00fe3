"""Pipe() and its Connection objects, over the engine's channels.

A duplex Pipe is two channels, one per direction; a one-way Pipe is one. send() pickles,
recv() unpickles, send_bytes()/recv_bytes() move raw bytes; poll(timeout) waits until a
message is there. Connections may be passed to children (as Process arguments or through
queues), as python3 allows.

Known difference: close() closes only this handle. python3's recv() raises EOFError once
every process has closed the other end; here a channel ends only when the engine is told
so (every handle of the writing end closing is not tracked across processes), so recv()
on a pipe whose writers have all closed keeps waiting. A Connection on which close() was
called raises OSError('handle is closed'), as python3's.
"""

import time

import _kitchen_mp

from . import reduction

__all__ = ['Pipe', 'Connection', 'wait']


class Connection:
    """One end of a Pipe."""

    def __init__(self, read_cid, write_cid, readable=True, writable=True):
        if not readable and not writable:
            raise ValueError("at least one of `readable` and `writable` must be True")
        self._read = read_cid
        self._write = write_cid
        self._readable = readable
        self._writable = writable
        self._closed = False

    def _check_closed(self):
        if self._closed:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def fileno(self):
        self._check_closed()
        return self._read if self._readable else self._write

    def close(self):
        self._closed = True

    def send_bytes(self, buf, offset=0, size=None):
        self._check_closed()
        self._check_writable()
        if isinstance(buf, (bytes, bytearray)):
            m = buf     # no memoryview needed for the common case
        else:
            m = memoryview(buf)
            if m.itemsize > 1:
                m = m.cast('B')
        n = len(m) if m is buf else m.nbytes
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        _kitchen_mp.channel_send(self._write, bytes(m[offset:offset + size]))

    def send(self, obj):
        """Sends a picklable object to the other end."""
        self._check_closed()
        self._check_writable()
        _kitchen_mp.channel_send(self._write, reduction.dumps(obj))

    def _recv(self):
        self._check_closed()
        self._check_readable()
        data = _kitchen_mp.channel_recv(self._read, None)
        if data is None:
            raise EOFError
        return data

    def recv_bytes(self, maxlength=None):
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        data = self._recv()
        if maxlength is not None and len(data) > maxlength:
            self.close()
            raise OSError("bad message length")
        return data

    def recv_bytes_into(self, buf, offset=0):
        data = self._recv()
        m = memoryview(buf)
        if m.itemsize > 1:
            m = m.cast('B')
        if offset < 0 or offset > m.nbytes:
            raise ValueError("offset out of bounds")
        if len(data) > m.nbytes - offset:
            from .context import BufferTooShort
            raise BufferTooShort(data)
        m[offset:offset + len(data)] = data
        return len(data)

    def recv(self):
        """Receives an object sent by the other end (blocks until there is one)."""
        return reduction.loads(self._recv())

    def poll(self, timeout=0.0):
        """Whether there is something to receive, waiting up to timeout (None: forever)."""
        self._check_closed()
        self._check_readable()
        if timeout is not None and timeout < 0:
            timeout = 0
        return _kitchen_mp.channel_wait(self._read, timeout)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()

    def __reduce__(self):
        return Connection, (self._read, self._write, self._readable, self._writable)


def Pipe(duplex=True):
    """Returns a pair of connected Connections (reader, writer when duplex is False)."""
    if duplex:
        a = _kitchen_mp.channel_new()
        b = _kitchen_mp.channel_new()
        return Connection(a, b), Connection(b, a)
    c = _kitchen_mp.channel_new()
    return Connection(c, None, writable=False), Connection(None, c, readable=False)


def wait(object_list, timeout=None):
    """The objects of object_list that are ready: connections with data to read,
    processes (or their sentinels) that have ended."""
    deadline = None if timeout is None else time.monotonic() + timeout
    delay = 0.0005
    while True:
        ready = []
        for obj in object_list:
            if isinstance(obj, Connection):
                if obj.poll(0):
                    ready.append(obj)
            elif hasattr(obj, '_popen'):
                if obj._popen is not None and obj._popen.poll() is not None:
                    ready.append(obj)
            elif isinstance(obj, int):
                if _kitchen_mp.join(obj, 0) is not None:
                    ready.append(obj)
        if ready or (deadline is not None and time.monotonic() >= deadline):
            return ready
        time.sleep(delay)
        delay = min(delay * 2, 0.02)
