# split, rsplit, splitlines, partition, rpartition, join.
print('a,b,,c'.split(','), 'a b  c '.split(), '  lead'.split(' '), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1))
print(''.split(), ''.split(','), 'abc'.split('abc'), '1 2 3'.split(maxsplit=1))
print('l1\nl2\r\nl3\rl4\n'.splitlines(), 'x\ny\n'.splitlines(True), ''.splitlines())
print('k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'none'.partition('='), 'none'.rpartition('='))
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join(map(str, range(4))), '/'.join('abc'))
try:
    'x'.split('')
except ValueError as e:
    print(e)
try:
    ','.join(['a', 2])
except TypeError as e:
    print(e)
