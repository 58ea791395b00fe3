"""Process-based parallelism: Concurrency Kitchen's own `multiprocessing` package.

A process here is a separate Python heap with its own GIL and workers, started by the
engine through the small native module `_kitchen_mp` (docs/processes.md is its contract).
Children start with spawn semantics: the parent's main module is re-run in the child as
`__mp_main__`, then the pickled Process object is rebuilt there and run. Everything that
crosses between processes is pickled with our own `pickle`. The package mirrors python3's
API: the names below are the methods of the default context (spawn), as in python3.
"""

import sys
from . import context

__all__ = [name for name in dir(context._default_context) if not name.startswith('_')]
for _name in __all__:
    globals()[_name] = getattr(context._default_context, _name)
del _name

SUBDEBUG = 5
SUBWARNING = 25

# Until a child's bootstrap replaces it, __mp_main__ is just another name for __main__
# (pickles made here that name __main__ objects resolve in either).
if '__main__' in sys.modules:
    sys.modules['__mp_main__'] = sys.modules['__main__']
