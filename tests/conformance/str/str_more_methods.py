# Less common str methods: count with overlaps, isdecimal variants, format of str with width/precision.
print('%.3s|%5s|%-5s|' % ('abcdef', 'ab', 'ab'))
print(f'{"abcdef":.3}|{"ab":>5}|{"ab":<5}|{"ab":^6}|{"ab":_^7}')
print('Mississippi'.count('ss'), 'Mississippi'.find('ss', 3), 'a-b_c d'.replace('-', ' ').replace('_', ' ').split())
print('CamelCaseString'.swapcase(), ' '.join(w.capitalize() for w in 'the quick fox'.split()))
print('x'.join('abc'), 'abc'.join(['1', '2']))
