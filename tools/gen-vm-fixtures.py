#!/usr/bin/env python3
"""Write the expected outputs of src/vm/__fixtures__/eval/*.py by running python3 on them.

For each NAME.py: NAME.out (stdout), NAME.err (stderr, only if non-empty), NAME.code (exit
status, only if non-zero). Programs run with cwd = that folder and their basename, so
tracebacks say File "NAME.py". The oracle is python3 itself, never our engine.
usage: python3 tools/gen-vm-fixtures.py
"""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "src" / "vm" / "__fixtures__" / "eval"
for py in sorted(ROOT.glob("*.py")):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    p = subprocess.run([sys.executable, py.name], cwd=ROOT, capture_output=True, env=env, timeout=60)
    py.with_suffix(".out").write_bytes(p.stdout)
    # python3 shows the script by its absolute path (3.9+); the engine is given the basename.
    stderr = p.stderr.replace((str(ROOT) + os.sep).encode(), b"")
    for suffix, data, keep in ((".err", stderr, bool(stderr)), (".code", f"{p.returncode}\n".encode(), p.returncode != 0)):
        f = py.with_suffix(suffix)
        if keep:
            f.write_bytes(data)
        elif f.exists():
            f.unlink()
    print(py.name, p.returncode)
