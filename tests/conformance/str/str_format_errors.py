# Errors from format specs applied to strings and numbers.
cases = [lambda: format('abc', 'd'), lambda: format(1, 's'), lambda: format(1.5, 'd'), lambda: format('a', '+'),
         lambda: format(1, '.2s'), lambda: '{:z}'.format(1), lambda: format(5, ',x'), lambda: format('x', '=5')]
for c in cases:
    try:
        print(c())
    except ValueError as e:
        print('ValueError', e)
