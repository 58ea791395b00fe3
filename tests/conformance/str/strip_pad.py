# strip/lstrip/rstrip with chars, removeprefix/suffix, center/ljust/rjust/zfill, expandtabs.
s = '  xxhixx  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(' x')), repr('abcba'.strip('ab')))
print('prefix_body'.removeprefix('prefix_'), 'file.py'.removesuffix('.py'), 'abc'.removeprefix('z'))
print(repr('ab'.center(7)), repr('ab'.center(7, '*')), repr('abc'.center(6, '-')), repr('ab'.ljust(5, '.')), repr('ab'.rjust(5)))
print('42'.zfill(5), '-42'.zfill(5), '+4'.zfill(4), 'abc'.zfill(2), ''.zfill(3))
print(repr('a\tb\tc'.expandtabs()), repr('a\tbc\td'.expandtabs(4)), repr('\t'.expandtabs(0)))
