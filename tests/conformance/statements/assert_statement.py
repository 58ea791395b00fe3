# assert with and without message; AssertionError args.
assert True
assert 1 == 1, 'not shown'
try:
    assert False
except AssertionError as e:
    print('1', repr(e), e.args)
try:
    assert 1 > 2, 'one is not greater'
except AssertionError as e:
    print('2', e, e.args)
try:
    assert [], ['list', 'msg']
except AssertionError as e:
    print('3', e.args)
x = 0
try:
    assert x, f'x was {x}'
except AssertionError as e:
    print('4', e)
