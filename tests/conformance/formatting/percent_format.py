# printf-style %-formatting: d i u o x X e E f F g G c r s a %, flags and width/precision.
print('%d %i %u' % (42, -3, 7), '%o %x %X %#o %#x %#X' % (8, 255, 255, 8, 255, 255))
print('%e %E %f %F %g %G' % (12345.678, 12345.678, 1.5, 1.5, 0.00001234, 1234567.0))
print('%c%c' % (72, 'i'), '%r %s %a' % ('q', 'q', 'é'), '100%%')
print('[%5d] [%-5d] [%05d] [%+d] [% d] [%.3d]' % (42, 42, 42, 42, 42, 42))
print('[%8.3f] [%-8.2f] [%08.2f] [%.0f] [%#.0f]' % (3.14159, 3.14159, -3.14159, 2.5, 2.5))
print('[%*d] [%-*d] [%.*f]' % (6, 1, 6, 2, 2, 3.14159))
print('%(name)s is %(age)d' % {'name': 'Bo', 'age': 7}, '%s' % [1, 2], '%s' % ((1, 2),))
print('%.2s|%5.1s|' % ('hello', 'world'), '%s %s' % ('a', 'b'), '%d' % 3.99, '%x' % 255)
for bad in [lambda: '%d' % 'x', lambda: '%s %s' % (1,), lambda: '%s' % (1, 2), lambda: '%z' % 1, lambda: '%(k)s' % {}, lambda: '%c' % 'ab', lambda: '%d' % [1]]:
    try:
        bad()
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
