"""Starting a child: pickle what it needs and ask the engine for a new process.

The payload is two pickles: the preparation data (name, sys.path, sys.argv, the main
module's path), which the child applies before re-running the main module as
__mp_main__, and then the Process object itself, which can only be unpickled after that
(its target usually lives in the main module).
"""

import _kitchen_mp

from . import context, reduction, spawn

__all__ = ['Popen']


class Popen:
    method = 'spawn'

    def __init__(self, process_obj):
        self.returncode = None
        prep_data = spawn.get_preparation_data(process_obj._name)
        context.set_spawning_popen(self)
        try:
            payload = reduction.dumps(prep_data) + reduction.dumps(process_obj)
        finally:
            context.set_spawning_popen(None)
        self.pid = _kitchen_mp.spawn(payload, process_obj._name)
        self.sentinel = self.pid

    def poll(self, flag=None):
        if self.returncode is None:
            self.returncode = _kitchen_mp.join(self.pid, 0)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            self.returncode = _kitchen_mp.join(self.pid, timeout)
        return self.returncode

    def terminate(self):
        if self.returncode is None:
            _kitchen_mp.terminate(self.pid)

    def kill(self):
        if self.returncode is None:
            _kitchen_mp.kill(self.pid)

    def close(self):
        pass

    def duplicate_for_child(self, fd):
        return fd
