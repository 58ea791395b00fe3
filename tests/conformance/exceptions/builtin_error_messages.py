# Messages of errors raised by common builtin operations.
tests = [
    lambda: int('abc'), lambda: int('12', 1), lambda: float('x'), lambda: [].pop(),
    lambda: {}.pop('k'), lambda: [1].index(5), lambda: 'abc'.index('z'), lambda: list.remove([], 1),
    lambda: (1,).index(2), lambda: chr(-1), lambda: ord('ab'), lambda: [][0],
    lambda: ()[1], lambda: 'x'[5], lambda: set().pop(), lambda: {}.popitem(),
    lambda: next(iter([])), lambda: int(None), lambda: sum(['a']), lambda: max([]),
    lambda: min(()), lambda: divmod(1, 0), lambda: range(1, 2, 0), lambda: 'a'.join([1]),
    lambda: dict([1]), lambda: [1, 2].sort(key=1), lambda: sorted([1, 'a']), lambda: hash([]),
    lambda: getattr(1, 'x'), lambda: ' '.split(''), lambda: 'abc'.center('x'), lambda: 'abc'.zfill('5'),
]
for t in tests:
    try:
        t()
        print('no error')
    except Exception as e:
        print(type(e).__name__ + ':', e)
