"""Runs our Python-source stdlib modules (src/stdlib/py) on CPython itself and compares.

Each program in tests/stdlib-cpython/ runs twice under python3: once with CPython's own
modules, once with ours first on sys.path. Outputs must be equal, except for lines that
name source files (tracebacks through threading.py show our path instead of CPython's).
This checks our threading, queue and concurrent.futures against python3's behaviour
before our engine can run them. Usage: python3 tools/check-stdlib-on-cpython.py
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OURS = os.path.join(ROOT, 'src', 'stdlib', 'py')
TESTS = os.path.join(ROOT, 'tests', 'stdlib-cpython')
FILE_LINE = re.compile(r'^\s*File ".*", line \d+, in .*$')


# Runs a program with our modules taking the place of CPython's, including the ones the
# interpreter had already imported at startup (abc, functools, ...): those are dropped from
# sys.modules first, so every import the program makes reaches ours.
BOOT = """
import os, runpy, sys
ours = sys.argv[1]
sys.argv = sys.argv[2:]
# Modules written over our engine's natives (_os, _time, _random) cannot run on CPython;
# the conformance suite checks them through the engine instead.
OVER_NATIVES = {'os', 'posixpath', 'time', 'random', 're'}
names = {n[:-3] if n.endswith('.py') else n for n in os.listdir(ours) if not n.startswith('_')} - OVER_NATIVES if ours else set()
# Our multiprocessing runs over the engine's `_kitchen_mp`; on CPython a test fixture
# (tests/stdlib-cpython/_kitchen_mp_cpython.py) provides it with real processes, itself
# built on CPython's modules (imported before ours replace them).
if ours and os.path.exists('_kitchen_mp_cpython.py'):
    import _kitchen_mp_cpython
    sys.modules['_kitchen_mp'] = _kitchen_mp_cpython
for m in list(sys.modules):
    if m.split('.')[0] in names:
        del sys.modules[m]
if ours:
    sys.path.insert(0, ours)
    # Some modules (abc, os, ...) are frozen into the interpreter: look on sys.path first.
    sys.meta_path.sort(key=lambda f: getattr(f, '__name__', '') == 'FrozenImporter')
runpy.run_path(sys.argv[0], run_name='__main__')
"""


def run(path, ours):
    env = dict(os.environ, PYTHONHASHSEED='0')
    name = os.path.basename(path)
    cmd = [sys.executable, '-c', BOOT, OURS if ours else '', name]
    p = subprocess.run(cmd, cwd=TESTS, env=env, capture_output=True, text=True, timeout=60)
    lines = (p.stdout + p.stderr).splitlines()
    # Drop traceback lines that name a module's file and the source line after them.
    out, skip = [], False
    for line in lines:
        if FILE_LINE.match(line):
            skip = ('threading.py' in line or 'thread.py' in line or '_base.py' in line or
                    'runpy.py' in line or '<frozen runpy>' in line or
                    '/stdlib/py/' in line or '/lib/python3' in line)
            if skip:
                continue
        elif skip and line.startswith('    '):
            continue
        else:
            skip = False
        out.append(re.sub(r'0x[0-9a-f]+|\b\d{6,}\b', 'N', line))
    return out, p.returncode


def main():
    passed = failed = 0
    for name in sorted(os.listdir(TESTS)):
        if not name.endswith('.py') or name.startswith('_'):  # _*.py: fixtures, not checks
            continue
        path = os.path.join(TESTS, name)
        a = run(path, False)
        b = run(path, True)
        if a[1] != 0:
            failed += 1
            print(f'FAIL {name}: python3 itself exits with {a[1]}; a check must run to its end')
            print('  ' + '\n  '.join(a[0][-5:]))
        elif a == b:
            passed += 1
        else:
            failed += 1
            print(f'FAIL {name}')
            import difflib
            for d in difflib.unified_diff(a[0], b[0], 'python3', 'ours', lineterm=''):
                print('  ' + d)
    print(f'{passed} passed, {failed} failed')
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
