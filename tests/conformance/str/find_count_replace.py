# find/rfind/index/rindex/count/replace/startswith/endswith with ranges and tuples.
s = 'banana bandana'
print(s.find('an'), s.rfind('an'), s.find('an', 4), s.find('an', 4, 6), s.find('zz'), s.index('ban', 1), s.rindex('a'))
print(s.count('an'), s.count('a', 5), s.count(''), 'aaaa'.count('aa'))
print(s.replace('an', 'AN'), s.replace('an', '', 2), 'abc'.replace('', '-'), s.replace('x', 'y'))
print(s.startswith('ban'), s.startswith(('x', 'ba')), s.endswith('ana'), s.startswith('ana', 1), s.endswith('ban', 0, 3))
try:
    s.index('zz')
except ValueError as e:
    print(e)
try:
    s.startswith(['b'])
except TypeError as e:
    print(e)
