# sys.exit(0) inside except exits successfully with no traceback.
import sys
try:
    1 / 0
except ZeroDivisionError:
    print('handled, exiting 0')
    sys.exit(0)
print('never')
