"""Known difference: tracebacks of exceptions raised in threads name our stdlib files.

What you see: python3 prints frames inside its own threading.py, e.g.
    File "/usr/lib/python3.13/threading.py", line 1075, in _bootstrap_inner
Concurrency Kitchen prints the frames of its own threading module instead
(`File "<frozen threading>", line ..., in _bootstrap_inner`).

Cause: our threading module is our own Python source, not CPython's file, and there is no
file system path to show. The rest of the traceback (your frames, the exception) is the same.
Workaround: none needed; compare only the last lines of such tracebacks.
"""
import threading


def boom():
    raise ValueError("raised in a thread")


t = threading.Thread(target=boom)
t.start()
t.join()
print("the program goes on")
