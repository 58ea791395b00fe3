# print with sep, end, file, flush and several/no arguments.
import sys
print()
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep=' | ', end='!\n')
print('no newline', end='')
print(' continued')
print(1, 2.5, None, True, [1], sep=',')
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print(*range(5), sep='-')
print('x', end='')
print('y', sep='IGNORED')
print(sep='only sep')
print('None sep', 'b', sep=None, end=None)
try:
    print('a', sep=5)
except TypeError as e:
    print(e)
