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


def run(path, ours):
    env = dict(os.environ, PYTHONHASHSEED='0')
    if ours:
        env['PYTHONPATH'] = OURS
    p = subprocess.run([sys.executable, os.path.basename(path)], cwd=TESTS, env=env,
                       capture_output=True, text=True, timeout=60)
    lines = (p.stdout + p.stderr).splitlines()
    # Drop traceback lines that name a module's file and the source line after them.
    out, skip = [], False
    for line in lines:
        if FILE_LINE.match(line):
            skip = 'threading.py' in line or 'thread.py' in line or '_base.py' in line
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
        if not name.endswith('.py'):
            continue
        path = os.path.join(TESTS, name)
        a = run(path, False)
        b = run(path, True)
        if a == b:
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
