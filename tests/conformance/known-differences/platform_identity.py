"""Known difference: sys.platform is 'emscripten' and sys.version_info is 3.13.

Cause: programs run in a browser-style sandbox (no fork, no subprocess, no file system),
as with Pyodide's CPython, so code that checks the platform takes its restricted path. The
interpreter implements Python 3.13 semantics.
Workaround: none needed.
"""
import sys

print(sys.platform, sys.version_info[:2])
