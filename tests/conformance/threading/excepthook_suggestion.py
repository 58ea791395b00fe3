# threading's default excepthook prints what python3's C hook prints, "Did you mean" included,
# to the sys.stderr of the moment (here a StringIO: only its first and last lines are shown,
# the library frames between them hold python3's own paths).
import io
import sys
import threading


def worker():
    totl = 1
    return total + 1  # noqa: F821


captured = io.StringIO()
saved, sys.stderr = sys.stderr, captured
t = threading.Thread(target=worker, name='typo')
t.start()
t.join()
sys.stderr = saved
lines = captured.getvalue().splitlines()
print(lines[0])
print(lines[-1])
print(threading.excepthook is threading.__excepthook__)
