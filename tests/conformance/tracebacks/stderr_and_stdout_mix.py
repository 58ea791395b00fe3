# Output to stdout and stderr, then an uncaught exception.
import sys
print('out 1')
print('err 1', file=sys.stderr)
sys.stderr.write('err 2\n')
print('out 2')
raise ValueError('end')
