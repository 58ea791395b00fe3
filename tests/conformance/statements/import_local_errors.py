# Importing modules beside the program that fail: an exception while importing (the module
# is not left in sys.modules), a syntax error in the module, a circular import, a missing
# module or name, and where local modules say they come from.
import sys
import traceback

try:
    import _raises_mod
except ValueError as e:
    print(type(e).__name__, e, '_raises_mod' in sys.modules)
    traceback.print_exc(file=sys.stdout)
try:
    import _bad_syntax_mod
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename.rsplit('/', 1)[-1], e.lineno, e.offset, repr(e.text))
import _circ_a
print(_circ_a.NAME, _circ_a.b_name(), sys.modules['_circ_b'].PARTIAL)
try:
    import _no_such_local_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _circ_a import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0], e.name)
import _helper_mod
print(_helper_mod.__name__, _helper_mod.__file__.rsplit('/', 1)[-1], _helper_mod.__package__ == '')
import _pkg
print(_pkg.__file__.split('/')[-2:], [p.rsplit('/', 1)[-1] for p in _pkg.__path__], _pkg.__package__)
