"""Pickling for multiprocessing: python3's ForkingPickler API over our pickle module."""

import pickle

__all__ = ['ForkingPickler', 'dump', 'dumps', 'loads', 'register']

HAVE_SEND_HANDLE = False


class ForkingPickler(pickle.Pickler):
    """A Pickler with an extra dispatch table (register()) over copyreg's."""

    _extra_reducers = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        import copyreg
        self.dispatch_table = dict(copyreg.dispatch_table)
        self.dispatch_table.update(self._extra_reducers)

    @classmethod
    def register(cls, type, reduce):
        cls._extra_reducers[type] = reduce

    @classmethod
    def dumps(cls, obj, protocol=None):
        out = _Collect()
        cls(out, protocol).dump(obj)
        return b''.join(out.parts)

    loads = staticmethod(pickle.loads)


class _Collect:
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)


register = ForkingPickler.register


def dump(obj, file, protocol=None):
    ForkingPickler(file, protocol).dump(obj)


dumps = ForkingPickler.dumps
loads = pickle.loads
