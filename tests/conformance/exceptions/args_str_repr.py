# Exception args, str() and repr() with zero, one and several arguments.
for e in [ValueError(), ValueError('one'), ValueError('a', 2), ValueError(None), KeyError('k'),
          KeyError(), KeyError('a', 'b'), IndexError(3), Exception([1, 2]), OSError(2, 'No such file')]:
    print(repr(e), '|', str(e), '|', e.args)
e = ValueError('x')
e.args = ('changed', 1)
print(e, e.args)
print(BaseException('b').with_traceback(None).args)
