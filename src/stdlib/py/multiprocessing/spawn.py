"""The child's side of spawn: apply the parent's settings, re-run the main module as
__mp_main__, rebuild the Process object and run it.

The engine starts a child by running spawn_main(payload) as that process's main program;
whatever spawn_main passes to sys.exit is the process's exit code. While the main module
is being re-run, current_process()._inheriting is true, and starting a process then
raises python3's RuntimeError about the bootstrapping phase: that is what happens to a
program that forgot `if __name__ == '__main__':`.
"""

import sys

import _kitchen_mp

from . import process
from . import context


def get_start_method(allow_none=False):
    return context._default_context.get_start_method(allow_none)


def set_start_method(method, force=False):
    context._default_context.set_start_method(method, force)

__all__ = ['spawn_main', 'get_preparation_data', 'prepare', 'freeze_support',
           'import_main_path']

WINEXE = False
WINSERVICE = False


def freeze_support():
    """Does nothing: frozen Windows executables do not exist here."""


def is_forking(argv):
    return False


def get_executable():
    return sys.executable


def spawn_main(payload):
    """The entry point of every child process (called by the engine)."""
    exitcode = _main(payload)
    sys.exit(exitcode)


class _Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n=-1):
        if n < 0:
            n = len(self.data) - self.pos
        chunk = self.data[self.pos:self.pos + n]
        self.pos += len(chunk)
        return chunk

    def readline(self):
        end = self.data.find(b'\n', self.pos)
        end = len(self.data) if end < 0 else end + 1
        chunk = self.data[self.pos:end]
        self.pos = end
        return chunk


def _main(payload):
    import pickle
    source = _Reader(bytes(payload))
    process.current_process()._inheriting = True
    try:
        preparation_data = pickle.load(source)
        prepare(preparation_data)
        self = pickle.load(source)
    finally:
        del process.current_process()._inheriting
    return self._bootstrap()


def _check_not_importing_main():
    if getattr(process.current_process(), '_inheriting', False):
        raise RuntimeError('''
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.

        To fix this issue, refer to the "Safe importing of main module"
        section in https://docs.python.org/3/library/multiprocessing.html
        ''')


def get_preparation_data(name):
    """What a child needs before it can unpickle its Process object."""
    _check_not_importing_main()
    d = dict(authkey=process.current_process().authkey, name=name,
             sys_path=list(sys.path), sys_argv=list(sys.argv),
             start_method=get_start_method())
    main_module = sys.modules.get('__main__')
    spec = getattr(main_module, '__spec__', None)
    main_name = getattr(spec, 'name', None)
    if main_name is not None:
        d['init_main_from_name'] = main_name
    else:
        main_path = getattr(main_module, '__file__', None)
        if main_path is not None:
            d['init_main_from_path'] = _abspath(main_path)
    return d


def _abspath(path):
    try:
        import os
        return os.path.normpath(os.path.abspath(path))
    except (ImportError, AttributeError):
        return path


old_main_modules = []


def prepare(data):
    """Applies the parent's settings in the child and re-runs its main module."""
    if 'name' in data:
        process.current_process().name = data['name']
    if 'authkey' in data:
        process.current_process().authkey = data['authkey']
    if 'sys_path' in data:
        sys.path = data['sys_path']
    if 'sys_argv' in data:
        sys.argv = data['sys_argv']
    if 'start_method' in data:
        set_start_method(data['start_method'], force=True)
    if 'init_main_from_name' in data:
        _fixup_main_from_name(data['init_main_from_name'])
    elif 'init_main_from_path' in data:
        _fixup_main_from_path(data['init_main_from_path'])


def _install_main(namespace):
    # type(sys) is types.ModuleType, without importing types (and _genericalias) here.
    old_main_modules.append(sys.modules.get('__main__'))
    main_module = type(sys)("__mp_main__")
    main_module.__dict__.update(namespace)
    sys.modules['__main__'] = sys.modules['__mp_main__'] = main_module


def _fixup_main_from_name(mod_name):
    # A package's __main__ runs its "main only" code unconditionally: leave it alone.
    if mod_name == "__main__" or mod_name.endswith(".__main__"):
        return
    current = sys.modules.get('__main__')
    if getattr(getattr(current, '__spec__', None), "name", None) == mod_name:
        return
    import runpy
    _install_main(runpy.run_module(mod_name, run_name="__mp_main__", alter_sys=True))


def _fixup_main_from_path(main_path):
    current = sys.modules.get('__main__')
    if getattr(current, '__file__', None) == main_path:
        return
    try:
        import runpy
    except ImportError:
        runpy = None
    if runpy is not None:
        _install_main(runpy.run_path(main_path, run_name="__mp_main__"))
        return
    # No runpy in the engine: it hands us the run's main program instead.
    found = _kitchen_mp.main_source()
    if found is None:
        return
    filename, source = found
    module = type(sys)("__mp_main__")  # types.ModuleType, without importing types
    module.__file__ = filename
    module.__builtins__ = __builtins__
    old_main_modules.append(current)
    sys.modules['__mp_main__'] = module
    exec(compile(source, filename, 'exec'), module.__dict__)
    sys.modules['__main__'] = module


def import_main_path(main_path):
    """Makes the module at main_path the __main__ of this process."""
    _fixup_main_from_path(main_path)
