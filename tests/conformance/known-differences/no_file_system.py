"""Known difference: there is no file system; open() raises.

Cause: a program is one file in the editor; the browser gives it no disk. os.path works on
path strings, and os.path.exists() answers False.
Workaround: use io.StringIO for file-like text, or keep data in the program.
"""
try:
    open("data.txt")
except OSError as e:
    print(type(e).__name__)
