# SystemExit raised by sys.exit with different arguments, caught and inspected.
import sys
for arg in [None, 0, 3, 'message', (1, 2)]:
    try:
        sys.exit(arg) if arg is not None else sys.exit()
    except SystemExit as e:
        print(repr(arg), '->', repr(e.code), e.args)
try:
    exit(5)
except SystemExit as e:
    print('exit()', e.code)
try:
    raise SystemExit
except SystemExit as e:
    print('bare', e.code)
