# threading.excepthook replaced: it receives ExceptHookArgs(exc_type, exc_value,
# exc_traceback, thread); SystemExit in a thread is silent; a hook that raises is
# reported as "Exception in threading.excepthook:".
import sys
import threading

calls = []


def hook(args):
    calls.append((args.exc_type.__name__, str(args.exc_value), args.exc_traceback is not None,
                  args.thread.name if args.thread else None))
    exc_type, exc_value, tb, thread = args
    calls.append(('unpacked', exc_type is args.exc_type, thread is args.thread))


print(threading.excepthook is threading.__excepthook__)
threading.excepthook = hook


def boom(msg):
    raise KeyError(msg)


t = threading.Thread(target=boom, args=('k',), name='b1')
t.start()
t.join()
print(calls)
print(type(threading.ExceptHookArgs).__name__)

calls.clear()
t = threading.Thread(target=sys.exit, args=(3,))
t.start()
t.join()
print('SystemExit reported:', calls)


def raise_systemexit():
    raise SystemExit('quiet')


threading.excepthook = threading.__excepthook__
t = threading.Thread(target=raise_systemexit)
t.start()
t.join()
print('default hook, SystemExit: nothing printed')


class Capture:
    def __init__(self):
        self.text = ''

    def write(self, s):
        self.text += s
        return len(s)

    def flush(self):
        pass


def bad_hook(args):
    raise TypeError('hook failed')


def quiet_sys_hook(t, v, tb):
    print('sys.excepthook got', t.__name__, v, file=sys.stderr)


cap = Capture()
real = sys.stderr
sys.stderr = cap
old_sys_hook = sys.excepthook
sys.excepthook = quiet_sys_hook
threading.excepthook = bad_hook
try:
    t = threading.Thread(target=boom, args=('x',))
    t.start()
    t.join()
finally:
    sys.stderr = real
    sys.excepthook = old_sys_hook
    threading.excepthook = threading.__excepthook__
print(cap.text, end='')
print('end')
