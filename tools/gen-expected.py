#!/usr/bin/env python3
"""Regenerate the expected results of the conformance programs by running python3.

For each tests/conformance/**/NAME.py (except known-differences/, whose files document
where we differ from CPython on purpose) this writes, next to it:
  NAME.out   python3's stdout (always)
  NAME.err   python3's stderr, only when it is not empty
  NAME.code  python3's exit status, only when it is not 0
and removes a stale .err/.code. NAME.in, when present, is fed to stdin.

Each program runs with cwd = its own directory and PYTHONHASHSEED=0, so set and dict
iteration orders that depend on string hashes are the same every time. python3 names the
script by its absolute path in tracebacks (3.9+); the engine is given the basename, so the
directory prefix is removed from stderr to make tracebacks read `File "NAME.py"`.

Usage: python3 tools/gen-expected.py [PATH...]   (default: all of tests/conformance)
"""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "tests" / "conformance"
TIMEOUT_S = 60
ENV = {
    "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    "PYTHONHASHSEED": "0",
    "PYTHONDONTWRITEBYTECODE": "1",
    "PYTHONIOENCODING": "utf-8",
    "LANG": "C.UTF-8",
}


def programs(paths):
    if not paths:
        paths = [ROOT]
    for p in map(Path, paths):
        p = p.resolve()
        found = sorted(p.rglob("*.py")) if p.is_dir() else [p]
        for f in found:
            if "known-differences" in f.relative_to(ROOT).parts:
                continue
            yield f


def write_or_remove(path, text):
    if text:
        path.write_text(text, encoding="utf-8")
    elif path.exists():
        path.unlink()


def generate(py):
    stdin_file = py.with_suffix(".in")
    stdin = stdin_file.read_bytes() if stdin_file.exists() else b""
    try:
        r = subprocess.run(
            [sys.executable, py.name], cwd=py.parent, env=ENV, input=stdin,
            capture_output=True, timeout=TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        print(f"TIMEOUT {py.relative_to(ROOT)}: longer than {TIMEOUT_S}s, nothing written", file=sys.stderr)
        return False
    stdout = r.stdout.decode("utf-8")
    stderr = r.stderr.decode("utf-8").replace(f'"{py.parent}{os.sep}', '"')
    py.with_suffix(".out").write_text(stdout, encoding="utf-8")
    write_or_remove(py.with_suffix(".err"), stderr)
    write_or_remove(py.with_suffix(".code"), f"{r.returncode}\n" if r.returncode != 0 else "")
    return True


def main():
    ok = all([generate(p) for p in programs(sys.argv[1:])])
    n = len(list(programs(sys.argv[1:])))
    print(f"{n} programs, expected results written from {sys.version.split()[0]}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
